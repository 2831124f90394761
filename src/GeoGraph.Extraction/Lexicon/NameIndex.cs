using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Lexicon;

/// <summary>
/// A token trie from surface forms to the lexicon's entities, by word number (<see cref="WordIds"/>): lookup costs one integer
/// probe per token, however large the lexicon.
/// Acronym forms (US, UN) match only in their exact case; other forms need a capitalised first word.
/// </summary>
public sealed class NameIndex
{
    private sealed class Node
    {
        public Dictionary<int, Node>? Children;
        public LexiconEntity? Entity;
        public string? ExactForm;
    }

    private readonly Node _root = new();
    // Most capitalised words start no known name: a bit test turns them away before the first table look-up.
    private readonly WordBits _firstWords = new();

    public void Add(string surfaceForm, LexiconEntity entity)
    {
        var tokens = ScratchList<NameIndex, Token>.Rent();
        Tokenizer.Tokenize(surfaceForm, 0, surfaceForm.Length, tokens);
        if (tokens.Count == 0) return;
        _firstWords.Add(WordIds.Of(tokens[0]));
        var node = _root;
        foreach (var token in tokens)
        {
            node.Children ??= [];
            var word = WordIds.Of(token);
            if (!node.Children.TryGetValue(word, out var child))
                node.Children[word] = child = new Node();
            node = child;
        }
        if (node.Entity is not null) return;
        node.Entity = entity;
        node.ExactForm = tokens.Count == 1 && tokens[0].IsAllCaps && tokens[0].Text.Length <= 4 ? tokens[0].Text : null;
    }

    /// <summary>The longest known name starting at <paramref name="start"/>: its entity and length in tokens.</summary>
    public (LexiconEntity Entity, int Length)? LongestMatch(List<Token> tokens, int start)
    {
        if (!MayStartName(tokens[start])) return null;
        var node = _root;
        (LexiconEntity, int)? best = null;
        for (var i = start; i < tokens.Count; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(tokens[i].Id, out var child)) break;
            node = child;
            if (Names(node, tokens[i])) best = (node.Entity!, i - start + 1);
        }
        return best;
    }

    /// <summary>The known name the token is on its own ("Russia" in "Russia-Venezuela"), if any.</summary>
    public LexiconEntity? NameOf(Token token) =>
        MayStartName(token) && _root.Children is { } children && children.TryGetValue(token.Id, out var node) && Names(node, token)
            ? node.Entity
            : null;

    /// <summary>A name starts with a capital or a digit, and with a word that starts a known name.</summary>
    private bool MayStartName(Token token) => (token.IsCapitalized || token.StartsWithDigit) && _firstWords.Contains(token.Id);

    /// <summary>Whether the name ending at this node, if one does, is written as <paramref name="last"/> has it.</summary>
    private static bool Names(Node node, Token last) => node.Entity is not null && (node.ExactForm is null || node.ExactForm == last.Text);
}
