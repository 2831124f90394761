using GeoGraph.Extraction.Lexicon;

namespace GeoGraph.Extraction.Relations;

/// <summary>
/// The frames of every family indexed by their trigger lemmas, so that a clause costs a few look-ups whatever the number
/// of families. Look-ups take spans: a trigger of two words ("team up", "be involve") is composed without allocating.
/// </summary>
internal sealed class TriggerIndex
{
    // Handed out as arrays: a clause walks several, and a foreach over an array, unlike one over IReadOnlyList, boxes no enumerator.
    private readonly Dictionary<string, TriggeredFrame[]> _frames;
    private readonly Dictionary<string, TriggeredFrame[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    /// <param name="kind">"verb" or "noun": the middle part of each rule name.</param>
    public TriggerIndex(IEnumerable<RelationFamily> families, Func<RelationFamily, IEnumerable<Frame>> framesOf, string kind)
    {
        var frames = new Dictionary<string, List<TriggeredFrame>>(StringComparer.Ordinal);
        foreach (var family in families)
        {
            foreach (var frame in framesOf(family))
            {
                foreach (var lemma in frame.Lemmas.Where(l => !l.StartsWith('$')))
                {
                    if (!frames.TryGetValue(lemma, out var triggered)) frames[lemma] = triggered = [];
                    triggered.Add(new TriggeredFrame(family, frame, $"{family.RuleName}.{kind}.{lemma}"));
                }
            }
        }
        _frames = frames.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _bySpan = _frames.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TriggeredFrame[] For(string trigger) => _frames.TryGetValue(trigger, out var frames) ? frames : [];

    /// <summary>The frames of the two-word trigger "<paramref name="first"/> <paramref name="second"/>".</summary>
    public TriggeredFrame[] For(string first, string second) => WordPair.TryGet(_bySpan, first, second, out var frames) ? frames : [];
}
