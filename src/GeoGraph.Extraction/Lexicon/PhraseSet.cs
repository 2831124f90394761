using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Lexicon;

/// <summary>A set of word sequences ("prime minister", "put pen to paper"), matched against folded tokens.</summary>
public sealed class PhraseSet
{
    private readonly HashSet<string> _phrases = new(StringComparer.Ordinal);
    private readonly int _maxWords;

    public PhraseSet(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var words = Tokenizer.FoldedWords(phrase);
            _phrases.Add(string.Join(' ', words));
            _maxWords = Math.Max(_maxWords, words.Length);
        }
    }

    public bool Contains(string folded) => _phrases.Contains(folded);

    /// <summary>The length in tokens of the longest phrase starting at <paramref name="start"/>, or 0.</summary>
    public int MatchAt(IReadOnlyList<Token> tokens, int start)
    {
        for (var length = Math.Min(_maxWords, tokens.Count - start); length > 0; length--)
        {
            if (_phrases.Contains(Join(tokens, start, length))) return length;
        }
        return 0;
    }

    /// <summary>The length in tokens of the longest phrase ending just before <paramref name="end"/>, or 0.</summary>
    public int MatchEndingAt(IReadOnlyList<Token> tokens, int end)
    {
        for (var length = Math.Min(_maxWords, end); length > 0; length--)
        {
            if (_phrases.Contains(Join(tokens, end - length, length))) return length;
        }
        return 0;
    }

    private static string Join(IReadOnlyList<Token> tokens, int start, int length) =>
        length == 1 ? tokens[start].Folded : string.Join(' ', Enumerable.Range(start, length).Select(i => tokens[i].Folded));
}
