using System.Collections.Frozen;
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

    private readonly FrozenDictionary<string, Entry> _words;
    private readonly Entry?[] _byWordId;
    private readonly FrozenSet<string> _capitalised;

    private EnglishWords(FrozenDictionary<string, Entry> words, FrozenSet<string> capitalised)
    {
        _words = words;
        _capitalised = capitalised;
        var numbered = words.Select(w => (Id: WordIds.Intern(w.Key), Entry: w.Value)).ToList();
        _byWordId = new Entry?[numbered.Max(w => w.Id) + 1];
        foreach (var (id, entry) in numbered) _byWordId[id] = entry;
    }

    public Entry? Get(string folded) => _words.GetValueOrDefault(folded);

    /// <summary>The token's entry, read by its word number: every listed word is numbered when the list loads.</summary>
    public Entry? Get(Token token) => (uint)token.Id < (uint)_byWordId.Length ? _byWordId[token.Id] : null;

    /// <summary>Whether a lower-case word is ordinary English ("shell", "air"), as opposed to a name ("ryanair").</summary>
    public bool IsCommonWord(string folded) => _words.ContainsKey(folded);

    /// <summary>Whether the capitalised form is, first of all, an adjective ("Spanish", "Portuguese").</summary>
    public bool IsAdjective(string text) => _capitalised.Contains(text);

    public static EnglishWords Parse(TextReader reader)
    {
        var words = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (char.IsUpper(fields[0][0]))
            {
                capitalised.Add(fields[0]);
                continue;
            }
            var tags = fields[1].Split(' ').Select(PartsOfSpeech.FromPenn).ToArray();
            words[fields[0]] = new Entry(tags, fields[2].Length > 0 ? fields[2] : fields[0], fields[3].Length > 0 ? fields[3] : fields[0]);
        }
        return new EnglishWords(words.ToFrozenDictionary(StringComparer.Ordinal), capitalised.ToFrozenSet(StringComparer.Ordinal));
    }
}
