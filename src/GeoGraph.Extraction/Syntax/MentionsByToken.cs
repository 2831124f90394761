using GeoGraph.Extraction.Entities;

namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// The mentions covering each token of a sentence, longest first: "the two countries" covers its tokens with both
/// countries it stands for. Built once per sentence so that the chunker's look-ups cost nothing.
/// </summary>
internal sealed class MentionsByToken
{
    private static readonly IReadOnlyList<Mention> None = [];
    private readonly List<Mention>?[] _byToken;

    public MentionsByToken(IReadOnlyList<Mention> mentions, int tokenCount)
    {
        _byToken = new List<Mention>?[tokenCount];
        foreach (var mention in mentions)
        {
            for (var t = mention.FirstToken; t < mention.EndToken; t++) Add(t, mention);
        }
    }

    public IReadOnlyList<Mention> At(int token) => _byToken[token] ?? None;

    public bool Covers(int token) => _byToken[token] is not null;

    /// <summary>Keeps only the longest mentions of a token: a name wins over a shorter one inside it.</summary>
    private void Add(int token, Mention mention)
    {
        var here = _byToken[token] ??= [];
        var length = mention.EndToken - mention.FirstToken;
        if (here.Count > 0)
        {
            var longest = here[0].EndToken - here[0].FirstToken;
            if (length < longest) return;
            if (length > longest) here.Clear();
        }
        here.Add(mention);
    }
}
