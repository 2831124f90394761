using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Graph.Stories;

/// <summary>
/// Fingerprints an article's story: its text is normalised and cleaned as the extractor does (headline and page furniture
/// set aside, so a new headline, site menu, byline or footer changes nothing), its prose cut into lower-case words, every
/// run of <see cref="ShingleWords"/> words hashed (w-shingling), the runs that hold a name or a number kept, and that
/// set summarised by MinHash.
/// Thread-safe: one instance serves any number of articles.
/// </summary>
public sealed class StoryFingerprinter(BoilerplateRules boilerplate)
{
    /// <summary>Words per shingle: one changed word changes three shingles.</summary>
    public const int ShingleWords = 3;

    /// <summary>
    /// Below this many shingles holding a name or a number, every shingle counts. Otherwise only those do: the rest
    /// ("did not sign any", "a spokesman said") is the phrasing news shares across stories, and the wording a syndicating
    /// site changes.
    /// </summary>
    public const int MinNamedShingles = 8;

    private static readonly Lazy<StoryFingerprinter> LazyDefault = new(() => new StoryFingerprinter(KnowledgeBase.Default.Boilerplate));

    private readonly ArticleCleaner _cleaner = new(boilerplate);

    /// <summary>The fingerprinter with the extractor's own page-furniture rules.</summary>
    public static StoryFingerprinter Default => LazyDefault.Value;

    /// <summary>The article's fingerprint, or null when its prose has no words: an empty page is no story.</summary>
    public StoryFingerprint? Of(string text)
    {
        var normalized = TextNormalizer.Normalize(text).Value;
        var words = new List<Word>();
        foreach (var block in _cleaner.Classify(normalized))
        {
            if (block.Kind == BlockKind.Prose) AddWords(normalized.AsSpan(block.Start, block.End - block.Start), words);
        }
        if (words.Count == 0) return null;
        var named = Shingles(words, namedOnly: true).ToList();
        return new StoryFingerprint(MinHasher.Signature(named.Count >= MinNamedShingles ? named : Shingles(words, namedOnly: false)));
    }

    /// <summary>Each run of letters and digits, lower-cased, as a hash; punctuation and spacing are not part of a story.</summary>
    private static void AddWords(ReadOnlySpan<char> prose, List<Word> words)
    {
        var (hash, length, named, sentenceStart) = (Mixing.FnvOffset, 0, false, true);
        for (var i = 0; i <= prose.Length; i++)
        {
            var c = i < prose.Length ? prose[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (length == 0) named = char.IsDigit(c) || char.IsUpper(c) && !sentenceStart;
                hash = Mixing.Fnv(hash, char.ToLowerInvariant(c));
                length++;
                continue;
            }
            if (length > 0)
            {
                words.Add(new Word(hash, named));
                (hash, length, sentenceStart) = (Mixing.FnvOffset, 0, false);
            }
            if (c is '.' or '!' or '?') sentenceStart = true;
        }
    }

    /// <summary>
    /// The hashes of every run of <see cref="ShingleWords"/> words (all of them when there are fewer); with
    /// <paramref name="namedOnly"/>, only the runs holding a name or a number.
    /// </summary>
    private static IEnumerable<ulong> Shingles(List<Word> words, bool namedOnly)
    {
        var size = Math.Min(ShingleWords, words.Count);
        for (var i = 0; i + size <= words.Count; i++)
        {
            var (shingle, named) = (Mixing.FnvOffset, false);
            for (var j = 0; j < size; j++)
            {
                shingle = Mixing.Mix(shingle ^ words[i + j].Hash);
                named |= words[i + j].Named;
            }
            if (named || !namedOnly) yield return shingle;
        }
    }

    /// <summary>A word's hash, and whether it is a name (capitalised inside a sentence) or a number.</summary>
    private readonly record struct Word(ulong Hash, bool Named);
}
