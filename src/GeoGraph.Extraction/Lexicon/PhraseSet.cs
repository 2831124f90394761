using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Lexicon;

/// <summary>
/// A set of word sequences ("prime minister", "put pen to paper"), matched against folded tokens. Phrases are indexed
/// by the number (<see cref="WordIds"/>) of their first and of their last word, so a look-up costs one bit test when no
/// phrase can start (or end) there.
/// </summary>
public sealed class PhraseSet
{
    // Frozen once built: asked for every lemma the parser reads, and a frozen set of a few words mostly turns a word
    // away by its length without hashing it.
    private readonly FrozenSet<string> _phrases;
    private readonly WordBits _words = new();
    private readonly WordBits _firstWords = new();
    private readonly WordBits _lastWords = new();
    private readonly Dictionary<int, List<int[]>> _byFirstWord = [];
    private readonly Dictionary<int, List<int[]>> _byLastWord = [];

    public PhraseSet(IEnumerable<string> phrases)
    {
        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var tokens = Tokenizer.Tokenize(phrase);
            if (tokens.Count == 0 || !folded.Add(TokenText.Folded(tokens, 0, tokens.Count))) continue;
            var words = tokens.Select(WordIds.Of).ToArray();
            if (words.Length == 1) _words.Add(words[0]);
            _firstWords.Add(words[0]);
            _lastWords.Add(words[^1]);
            Index(_byFirstWord, words[0], words);
            Index(_byLastWord, words[^1], words);
        }
        _phrases = folded.ToFrozenSet(StringComparer.Ordinal);
    }

    public bool Contains(string folded) => _phrases.Contains(folded);

    /// <summary>Every phrase, folded.</summary>
    public IReadOnlySet<string> Phrases => _phrases;

    /// <summary>Whether the token, alone, is one of the phrases.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(Token token) => _words.Contains(token.Id);

    /// <summary>Whether the word of this number (<see cref="WordIds"/>), alone, is one of the phrases.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool ContainsWord(int word) => _words.Contains(word);

    /// <summary>The length in tokens of the longest phrase starting at <paramref name="start"/>, or 0.</summary>
    /// <remarks>Most words start no phrase: that bit test is made where the method is called, the rest only past it.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int MatchAt(List<Token> tokens, int start) =>
        (uint)start < (uint)tokens.Count && _firstWords.Contains(tokens[start].Id) ? LongestStartingAt(tokens, start) : 0;

    private int LongestStartingAt(List<Token> tokens, int start)
    {
        if (!_byFirstWord.TryGetValue(tokens[start].Id, out var candidates)) return 0;
        foreach (var words in candidates)
        {
            if (Matches(tokens, start, words)) return words.Length;
        }
        return 0;
    }

    /// <summary>The length in tokens of the longest phrase ending just before <paramref name="end"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int MatchEndingAt(List<Token> tokens, int end) =>
        (uint)(end - 1) < (uint)tokens.Count && _lastWords.Contains(tokens[end - 1].Id) ? LongestEndingAt(tokens, end) : 0;

    private int LongestEndingAt(List<Token> tokens, int end)
    {
        if (!_byLastWord.TryGetValue(tokens[end - 1].Id, out var candidates)) return 0;
        foreach (var words in candidates)
        {
            if (Matches(tokens, end - words.Length, words)) return words.Length;
        }
        return 0;
    }

    private static bool Matches(List<Token> tokens, int start, int[] words)
    {
        if (start < 0 || start + words.Length > tokens.Count) return false;
        for (var i = 0; i < words.Length; i++)
        {
            if (tokens[start + i].Id != words[i]) return false;
        }
        return true;
    }

    /// <summary>Keeps each word's candidates longest first, so the first match is the longest.</summary>
    private static void Index(Dictionary<int, List<int[]>> index, int word, int[] words)
    {
        if (!index.TryGetValue(word, out var list)) index[word] = list = [];
        var at = list.FindIndex(w => w.Length < words.Length);
        list.Insert(at < 0 ? list.Count : at, words);
    }
}
