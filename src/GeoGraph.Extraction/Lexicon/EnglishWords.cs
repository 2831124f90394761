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
    private readonly FrozenDictionary<string, PartOfSpeech> _capitalised;

    private EnglishWords(FrozenDictionary<string, Entry> words, FrozenDictionary<string, PartOfSpeech> capitalised)
    {
        _words = words;
        _capitalised = capitalised;
    }

    public Entry? Get(string folded) => _words.GetValueOrDefault(folded);

    /// <summary>Whether a lower-case word is ordinary English ("shell", "air"), as opposed to a name ("ryanair").</summary>
    public bool IsCommonWord(string folded) => _words.ContainsKey(folded);

    /// <summary>Whether the capitalised form is, first of all, a proper noun ("Shell", "Peugeot").</summary>
    public bool IsProperNoun(string text) => _capitalised.GetValueOrDefault(text) == PartOfSpeech.ProperNoun;

    /// <summary>Whether the capitalised form is, first of all, an adjective ("Spanish", "Portuguese").</summary>
    public bool IsAdjective(string text) => _capitalised.GetValueOrDefault(text) == PartOfSpeech.Adjective;

    public string Lemma(string folded) => _words.TryGetValue(folded, out var entry) && entry.Lemma.Length > 0 ? entry.Lemma : folded;

    public static EnglishWords Parse(TextReader reader)
    {
        var words = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var capitalised = new Dictionary<string, PartOfSpeech>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            var tags = fields[1].Split(' ').Select(PartsOfSpeech.FromPenn).ToArray();
            if (char.IsUpper(fields[0][0]))
            {
                capitalised[fields[0]] = tags[0];
                continue;
            }
            words[fields[0]] = new Entry(tags, fields.Length > 2 ? fields[2] : "");
        }
        return new EnglishWords(words.ToFrozenDictionary(StringComparer.Ordinal), capitalised.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
