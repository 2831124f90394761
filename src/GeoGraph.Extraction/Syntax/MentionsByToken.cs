using System.Runtime.CompilerServices;
using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// The mentions covering each token of a sentence, longest first: "the two countries" covers its tokens with both
/// countries it stands for. Built once per sentence so that the chunker's look-ups cost nothing.
/// </summary>
internal sealed class MentionsByToken
{
    /// <summary>The one empty list that tokens outside mentions, and phrases naming nothing, share: nothing adds to it.</summary>
    public static readonly List<Mention> None = [];
    [ThreadStatic] private static ScratchPool<MentionsByToken>? _pool;

    // Most tokens lie in one mention at most: its tokens share one list of it, and only a token in several gets its own.
    private List<Mention>?[] _byToken = [];

    /// <summary>The index of one sentence's mentions, lent until its parse ends.</summary>
    public static MentionsByToken Of(List<Mention> mentions, int tokenCount)
    {
        var index = (_pool ??= new ScratchPool<MentionsByToken>(ScratchScope.Sentence, static taken => taken._byToken = [])).Lend();
        index._byToken = ScratchArray<MentionsByToken, List<Mention>?>.Rent(tokenCount);
        foreach (var mention in mentions)
        {
            var alone = ScratchLists<Mention>.RentForSentence(mention);
            for (var t = mention.FirstToken; t < mention.EndToken; t++) index.Add(t, mention, alone);
        }
        return index;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public List<Mention> At(int token) => _byToken[token] ?? None;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Covers(int token) => _byToken[token] is not null;

    /// <summary>Keeps only the longest mentions of a token: a name wins over a shorter one inside it.</summary>
    private void Add(int token, Mention mention, List<Mention> alone)
    {
        if (_byToken[token] is not { } here)
        {
            _byToken[token] = alone;
            return;
        }
        var length = mention.EndToken - mention.FirstToken;
        var longest = here[0].EndToken - here[0].FirstToken;
        if (length > longest) _byToken[token] = alone;
        else if (length == longest) _byToken[token] = Joined(here, mention);
    }

    private static List<Mention> Joined(List<Mention> mentions, Mention mention)
    {
        var joined = ScratchLists<Mention>.RentForSentence();
        joined.AddRange(mentions);
        joined.Add(mention);
        return joined;
    }
}
