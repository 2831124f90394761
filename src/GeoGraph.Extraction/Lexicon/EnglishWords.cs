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
    // What the tagger asks of every word, two bytes a word by its number: which of the few hundred tag sequences it has
    // (0: the word is not listed) and whether each lemma is the word itself, as it is for most. The tagger reads these
    // for every token; a lemma of its own ("sold": sell) is read from an array by the word's number too, not from an
    // object per word, whose load was a second cache miss after the array's. The two flags say what a lemma array's null
    // says, but from the two bytes already read: most words then load no lemma slot at all.
    private const int SequenceBits = 14;
    private const ushort VerbLemmaIsWord = 1 << SequenceBits;
    private const ushort NounLemmaIsWord = 1 << (SequenceBits + 1);
    private const ushort SequenceMask = (1 << SequenceBits) - 1;

    private readonly ushort[] _wordInfo;
    private readonly string?[] _verbLemmas;
    private readonly string?[] _nounLemmas;
    private readonly PartOfSpeech[][] _tagSequences;
    private readonly FrozenSet<string> _capitalised;

    private EnglishWords(ushort[] wordInfo, string?[] verbLemmas, string?[] nounLemmas, PartOfSpeech[][] tagSequences, FrozenSet<string> capitalised)
    {
        _wordInfo = wordInfo;
        _verbLemmas = verbLemmas;
        _nounLemmas = nounLemmas;
        _tagSequences = tagSequences;
        _capitalised = capitalised;
    }

    /// <summary>Whether the list has the word (folded): every listed word is numbered when the list loads.</summary>
    public bool Lists(string folded) => WordIds.Find(folded) is var word && (uint)word < (uint)_wordInfo.Length && _wordInfo[word] != 0;

    /// <summary>The token's parts of speech, most likely first, if the list has its word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PartOfSpeech[]? TagsOf(Token token) => InfoOf(token) is var info and not 0 ? _tagSequences[(info & SequenceMask) - 1] : null;

    /// <summary>
    /// The lemma of a listed token's word as the part of speech it has in its sentence: its verb lemma for a verb form
    /// ("meeting": meet), else its noun lemma ("meeting"). Only for a token whose <see cref="TagsOf"/> is not null.
    /// </summary>
    public string LemmaOf(Token token, PartOfSpeech tag) => tag.IsVerb()
        ? (InfoOf(token) & VerbLemmaIsWord) != 0 ? token.Folded : _verbLemmas[token.Id]!
        : (InfoOf(token) & NounLemmaIsWord) != 0 ? token.Folded : _nounLemmas[token.Id]!;

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
        var entries = new List<(int Word, ushort Info, string? VerbLemma, string? NounLemma)>(lines);
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        // A few hundred tag sequences serve 59,000 words: each is parsed once and its array shared.
        var sequenceNumbers = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var sequences = new List<PartOfSpeech[]>();
        var sequenceNumbersBySpan = sequenceNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
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
            if (!sequenceNumbersBySpan.TryGetValue(line[fields[1]], out var sequence))
            {
                if (sequences.Count == SequenceMask) throw new InvalidDataException($"english.tsv: more than {SequenceMask} tag sequences");
                var written = line[fields[1]].ToString();
                sequences.Add([.. written.Split(' ').Select(PartsOfSpeech.FromPenn)]);
                sequenceNumbers[written] = sequence = (ushort)sequences.Count;
            }
            var verbLemma = OwnLemma(line[fields[2]], word);
            var nounLemma = OwnLemma(line[fields[3]], word);
            var info = (ushort)(sequence | (verbLemma is null ? VerbLemmaIsWord : 0) | (nounLemma is null ? NounLemmaIsWord : 0));
            entries.Add((WordIds.Intern(word), info, verbLemma, nounLemma));
        }
        var length = entries.Count == 0 ? 0 : entries.Max(e => e.Word) + 1;
        var wordInfo = new ushort[length];
        var verbLemmas = new string?[length];
        var nounLemmas = new string?[length];
        // A word listed twice keeps its last line.
        foreach (var (word, info, verbLemma, nounLemma) in entries) (wordInfo[word], verbLemmas[word], nounLemmas[word]) = (info, verbLemma, nounLemma);
        return new EnglishWords(wordInfo, verbLemmas, nounLemmas, [.. sequences], capitalised.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>A lemma field's lemma, or null when it is the word itself (written out or left empty).</summary>
    private static string? OwnLemma(ReadOnlySpan<char> field, string word) => field.Length == 0 || field.SequenceEqual(word) ? null : field.ToString();
}
