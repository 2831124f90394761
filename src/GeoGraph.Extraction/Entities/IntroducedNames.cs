using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Entities;

/// <summary>
/// The names one article introduced (a person's surname, an entity found by its context), matched at a token as the
/// lexicon's <see cref="NameIndex"/> matches: the longest, in the exact case for a short acronym, the first added of
/// two alike. An article introduces a handful, so they are a list compared word number by word number: a trie's
/// nodes and tables cost more to build for each article than these few comparisons.
/// </summary>
internal sealed class IntroducedNames
{
    private readonly record struct Name(int Start, int Length, string EntityId, string? ExactForm);

    // Lent for the article: the names and, one after another, their words' numbers.
    private readonly List<Name> _names = ScratchLists<Name>.Rent();
    private readonly List<int> _words = ScratchLists<int>.Rent();

    public void Add(string surfaceForm, string entityId)
    {
        var tokens = ScratchList<IntroducedNames, Token>.Rent();
        Tokenizer.Tokenize(surfaceForm, 0, surfaceForm.Length, tokens);
        if (tokens.Count == 0) return;
        var start = _words.Count;
        foreach (var token in tokens) _words.Add(WordIds.Of(token));
        if (IsKnown(start, tokens.Count))
        {
            _words.RemoveRange(start, tokens.Count);
            return;
        }
        var exactForm = tokens.Count == 1 && tokens[0].IsAllCaps && tokens[0].Text.Length <= 4 ? tokens[0].Text : null;
        _names.Add(new Name(start, tokens.Count, entityId, exactForm));
    }

    /// <summary>Whether a name can start at the token: it starts with a capital or a digit.</summary>
    public static bool MayStartName(Token token) => token.IsCapitalized || token.StartsWithDigit;

    /// <summary>The longest name starting at <paramref name="start"/>: its entity id and length in tokens.</summary>
    public (string EntityId, int Length)? LongestMatch(List<Token> tokens, int start)
    {
        if (!MayStartName(tokens[start])) return null;
        (string EntityId, int Length)? best = null;
        foreach (var name in _names)
        {
            if (name.Length <= (best?.Length ?? 0) || start + name.Length > tokens.Count || !WordsAt(tokens, start, name)) continue;
            if (name.ExactForm is null || name.ExactForm == tokens[start + name.Length - 1].Text) best = (name.EntityId, name.Length);
        }
        return best;
    }

    /// <summary>Whether a name already added has the words just added at <paramref name="start"/>.</summary>
    private bool IsKnown(int start, int length)
    {
        foreach (var name in _names)
        {
            if (name.Length == length && SameWords(name.Start, start, length)) return true;
        }
        return false;
    }

    private bool WordsAt(List<Token> tokens, int start, Name name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (NumberOf(tokens[start + i]) != _words[name.Start + i]) return false;
        }
        return true;
    }

    /// <summary>
    /// The token's word number. A token the tokenizer left without one (past its caches' bound) takes the number its word
    /// has now, which adding a name gave it: otherwise whether it matched would hang on what other articles numbered before.
    /// </summary>
    private static int NumberOf(Token token) => token.Id != WordIds.None ? token.Id : WordIds.Find(token.Folded);

    private bool SameWords(int first, int second, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (_words[first + i] != _words[second + i]) return false;
        }
        return true;
    }
}
