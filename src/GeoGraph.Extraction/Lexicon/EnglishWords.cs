using System.Collections.Frozen;
using GeoGraph.Extraction.Syntax;

namespace GeoGraph.Extraction.Lexicon;

/// <summary>
/// The English word list of Lexicon/Data/english.tsv (generated from the Brill tagger's lexicon): each word's
/// parts of speech, most likely first, and the lemma of inflected verbs and plural nouns.
/// </summary>
public sealed class EnglishWords
{
    public sealed record Entry(PartOfSpeech[] Tags, string Lemma);

    private readonly FrozenDictionary<string, Entry> _words;
    private readonly FrozenSet<string> _properNouns;

    private EnglishWords(FrozenDictionary<string, Entry> words, FrozenSet<string> properNouns)
    {
        _words = words;
        _properNouns = properNouns;
    }

    public Entry? Get(string folded) => _words.GetValueOrDefault(folded);

    /// <summary>Whether a lower-case word is ordinary English ("shell", "air"), as opposed to a name ("ryanair").</summary>
    public bool IsCommonWord(string folded) => _words.ContainsKey(folded);

    /// <summary>Whether the capitalised form is, first of all, a proper noun ("Shell", "Peugeot").</summary>
    public bool IsProperNoun(string text) => _properNouns.Contains(text);

    public string Lemma(string folded) => _words.TryGetValue(folded, out var entry) && entry.Lemma.Length > 0 ? entry.Lemma : folded;

    public static EnglishWords Parse(TextReader reader)
    {
        var words = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var properNouns = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (char.IsUpper(fields[0][0]))
            {
                properNouns.Add(fields[0]);
                continue;
            }
            var tags = fields[1].Split(' ').Select(PartsOfSpeech.FromPenn).ToArray();
            words[fields[0]] = new Entry(tags, fields.Length > 2 ? fields[2] : "");
        }
        return new EnglishWords(words.ToFrozenDictionary(StringComparer.Ordinal), properNouns.ToFrozenSet(StringComparer.Ordinal));
    }
}
