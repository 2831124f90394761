using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using GeoGraph.Extraction.Syntax;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Lexicon;

/// <summary>
/// The English word list of Lexicon/Data/english.tsv (generated from the Brill tagger's lexicon): each word's
/// parts of speech, most likely first, and its lemma as a verb and as a noun ("meeting": meet, meeting).
/// </summary>
public sealed class EnglishWords
{
    public sealed record Entry(PartOfSpeech[] Tags, string VerbLemma, string NounLemma)
    {
        /// <summary>The lemma that fits the part of speech the word has in its sentence.</summary>
        public string LemmaAs(PartOfSpeech tag) => tag.IsVerb() ? VerbLemma : NounLemma;
    }

    private readonly Entry?[] _byWordId;
    private readonly FrozenSet<string> _capitalised;

    private EnglishWords(Entry?[] byWordId, FrozenSet<string> capitalised)
    {
        _byWordId = byWordId;
        _capitalised = capitalised;
    }

    /// <summary>A word's entry, read by its number: every listed word is numbered when the list loads.</summary>
    public Entry? Get(string folded) => Get(WordIds.Find(folded));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Entry? Get(Token token) => Get(token.Id);

    /// <summary>Whether a word is ordinary English ("shell", "air"), as opposed to a name ("ryanair").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCommonWord(Token token) => Get(token) is not null;

    /// <summary>Whether the capitalised form is, first of all, an adjective ("Spanish", "Portuguese").</summary>
    public bool IsAdjective(string text) => _capitalised.Contains(text);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Entry? Get(int word) => (uint)word < (uint)_byWordId.Length ? _byWordId[word] : null;

    /// <summary>Reads the list from the whole text of english.tsv.</summary>
    public static EnglishWords Parse(string text)
    {
        var lines = text.AsSpan().Count('\n') + 1;
        var entries = new List<(int Word, Entry Entry)>(lines);
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        // A few hundred tag sequences serve 59,000 words: each is parsed once and its array shared.
        var tagSequences = new Dictionary<string, PartOfSpeech[]>(StringComparer.Ordinal);
        var tagsBySpan = tagSequences.GetAlternateLookup<ReadOnlySpan<char>>();
        // The text is cut into spans: it is read at every start, and a string for each line and field was most of what
        // that allocated.
        Span<Range> fields = stackalloc Range[4];
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (line.Split(fields, '\t') != fields.Length) throw new InvalidDataException($"english.tsv: not four tab-separated fields: {line}");
            var word = line[fields[0]].ToString();
            if (char.IsUpper(word[0]))
            {
                capitalised.Add(word);
                continue;
            }
            if (!tagsBySpan.TryGetValue(line[fields[1]], out var tags))
            {
                var sequence = line[fields[1]].ToString();
                tagSequences[sequence] = tags = [.. sequence.Split(' ').Select(PartsOfSpeech.FromPenn)];
            }
            var verbLemma = line[fields[2]].Length > 0 ? line[fields[2]].ToString() : word;
            var nounLemma = line[fields[3]].Length > 0 ? line[fields[3]].ToString() : word;
            entries.Add((WordIds.Intern(word), new Entry(tags, verbLemma, nounLemma)));
        }
        var byWordId = new Entry?[entries.Count == 0 ? 0 : entries.Max(e => e.Word) + 1];
        // A word listed twice keeps its last entry.
        foreach (var (word, entry) in entries) byWordId[word] = entry;
        return new EnglishWords(byWordId, capitalised.ToFrozenSet(StringComparer.Ordinal));
    }
}
