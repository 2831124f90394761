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

    // What the tagger asks of every word, two bytes a word by its number: which of the few hundred tag sequences it has
    // (0: the word is not listed) and whether each lemma is the word itself, as it is for most. The tagger reads these
    // for every token, and an entry object for each was a cache miss each; an entry is read only for a lemma of its own.
    private const int SequenceBits = 14;
    private const ushort VerbLemmaIsWord = 1 << SequenceBits;
    private const ushort NounLemmaIsWord = 1 << (SequenceBits + 1);
    private const ushort SequenceMask = (1 << SequenceBits) - 1;

    private readonly Entry?[] _byWordId;
    private readonly ushort[] _wordInfo;
    private readonly PartOfSpeech[][] _tagSequences;
    private readonly FrozenSet<string> _capitalised;

    private EnglishWords(Entry?[] byWordId, ushort[] wordInfo, PartOfSpeech[][] tagSequences, FrozenSet<string> capitalised)
    {
        _byWordId = byWordId;
        _wordInfo = wordInfo;
        _tagSequences = tagSequences;
        _capitalised = capitalised;
    }

    /// <summary>A word's entry, read by its number: every listed word is numbered when the list loads.</summary>
    public Entry? Get(string folded) => WordIds.Find(folded) is var word && (uint)word < (uint)_byWordId.Length ? _byWordId[word] : null;

    /// <summary>The token's parts of speech, most likely first, if the list has its word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PartOfSpeech[]? TagsOf(Token token) => InfoOf(token) is var info and not 0 ? _tagSequences[(info & SequenceMask) - 1] : null;

    /// <summary>
    /// The lemma of a listed token's word as the part of speech it has in its sentence (see <see cref="Entry.LemmaAs"/>).
    /// Only for a token whose <see cref="TagsOf"/> is not null.
    /// </summary>
    public string LemmaOf(Token token, PartOfSpeech tag) =>
        (InfoOf(token) & (tag.IsVerb() ? VerbLemmaIsWord : NounLemmaIsWord)) != 0 ? token.Folded : _byWordId[token.Id]!.LemmaAs(tag);

    /// <summary>Whether a word is ordinary English ("shell", "air"), as opposed to a name ("ryanair").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCommonWord(Token token) => InfoOf(token) != 0;

    /// <summary>Whether the capitalised form is, first of all, an adjective ("Spanish", "Portuguese").</summary>
    public bool IsAdjective(string text) => _capitalised.Contains(text);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ushort InfoOf(Token token) => (uint)token.Id < (uint)_wordInfo.Length ? _wordInfo[token.Id] : (ushort)0;

    /// <summary>Reads the list from the whole text of english.tsv.</summary>
    public static EnglishWords Parse(string text)
    {
        var lines = text.AsSpan().Count('\n') + 1;
        var entries = new List<(int Word, Entry Entry, ushort Info)>(lines);
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        // A few hundred tag sequences serve 59,000 words: each is parsed once and its array shared.
        var tagSequences = new Dictionary<string, (PartOfSpeech[] Tags, ushort Number)>(StringComparer.Ordinal);
        var sequences = new List<PartOfSpeech[]>();
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
            if (!tagsBySpan.TryGetValue(line[fields[1]], out var sequence))
            {
                if (sequences.Count == SequenceMask) throw new InvalidDataException($"english.tsv: more than {SequenceMask} tag sequences");
                var written = line[fields[1]].ToString();
                sequences.Add([.. written.Split(' ').Select(PartsOfSpeech.FromPenn)]);
                tagSequences[written] = sequence = (sequences[^1], (ushort)sequences.Count);
            }
            var verbLemma = line[fields[2]].Length > 0 ? line[fields[2]].ToString() : word;
            var nounLemma = line[fields[3]].Length > 0 ? line[fields[3]].ToString() : word;
            var info = (ushort)(sequence.Number | (verbLemma == word ? VerbLemmaIsWord : 0) | (nounLemma == word ? NounLemmaIsWord : 0));
            entries.Add((WordIds.Intern(word), new Entry(sequence.Tags, verbLemma, nounLemma), info));
        }
        var length = entries.Count == 0 ? 0 : entries.Max(e => e.Word) + 1;
        var byWordId = new Entry?[length];
        var wordInfo = new ushort[length];
        // A word listed twice keeps its last entry.
        foreach (var (word, entry, info) in entries) (byWordId[word], wordInfo[word]) = (entry, info);
        return new EnglishWords(byWordId, wordInfo, [.. sequences], capitalised.ToFrozenSet(StringComparer.Ordinal));
    }
}
