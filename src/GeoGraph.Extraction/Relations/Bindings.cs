using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Syntax;

namespace GeoGraph.Extraction.Relations;

/// <summary>The entities a frame's slots found, by the end of the relation they fill.</summary>
internal sealed class Bindings
{
    [ThreadStatic] private static ScratchPool<Bindings>? _pool;

    private SentenceParse _parse = null!;

    // Most slots bind nobody: their lists are rented when something goes in, and until then read as the shared empty list.
    private List<Mention>? _subjects, _objects, _both;

    public List<Mention> Subjects => _subjects ?? MentionsByToken.None;
    public List<Mention> Objects => _objects ?? MentionsByToken.None;
    public List<Mention> Both => _both ?? MentionsByToken.None;

    /// <summary>Whether a phrase filled an object slot, named or not: "signed … with the Economic Community …".</summary>
    public bool ObjectStated { get; set; }

    /// <summary>Empty bindings for the frames of one sentence, lent until its parse ends.</summary>
    public static Bindings Rent(SentenceParse parse)
    {
        // Lent empty: new, or emptied when taken back, so that it holds nothing of an earlier sentence.
        var bindings = (_pool ??= new ScratchPool<Bindings>(ScratchScope.Sentence, static taken => taken.Empty())).Lend();
        bindings._parse = parse;
        return bindings;
    }

    private void Empty()
    {
        _parse = null!;
        _subjects = _objects = _both = null;
        ObjectStated = false;
    }

    /// <summary>Empties every end for the next frame; a sentence's frames share one instance and its lists.</summary>
    public void Clear()
    {
        _subjects?.Clear();
        _objects?.Clear();
        _both?.Clear();
        ObjectStated = false;
    }

    public void Add(RelationEnd end, Mention mention) => For(end).Add(mention);

    /// <summary>Binds the entities the noun phrases name, or those the sentence says they are.</summary>
    public void AddReferents(RelationEnd end, List<NounPhrase> nouns)
    {
        for (var i = 0; i < nouns.Count; i++)
        {
            if (_parse.ReferentsOf(nouns[i]) is { Count: > 0 } referents) For(end).AddRange(referents);
        }
    }

    /// <summary>Binds the entities named by the clause's phrases of one preposition ("to China and India").</summary>
    public void AddReferents(RelationEnd end, IReadOnlyList<PrepositionalPhrase> phrases, string preposition)
    {
        for (var i = 0; i < phrases.Count; i++)
        {
            if (phrases[i].Preposition == preposition) AddReferents(end, phrases[i].Objects);
        }
    }

    /// <summary>Whether an end is bound already: the maker of the goods stands in for a seller only when none is named.</summary>
    public bool Has(RelationEnd end) => Bound(end) is { Count: > 0 };

    private List<Mention>? Bound(RelationEnd end) => end switch
    {
        RelationEnd.Subject => _subjects,
        RelationEnd.Object => _objects,
        _ => _both,
    };

    private List<Mention> For(RelationEnd end) => end switch
    {
        RelationEnd.Subject => _subjects ??= ScratchLists<Mention>.RentForSentence(),
        RelationEnd.Object => _objects ??= ScratchLists<Mention>.RentForSentence(),
        _ => _both ??= ScratchLists<Mention>.RentForSentence(),
    };
}
