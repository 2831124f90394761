using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Syntax;

namespace GeoGraph.Extraction.Relations;

/// <summary>The entities a frame's slots found, by the end of the relation they fill.</summary>
internal sealed class Bindings(SentenceParse parse)
{
    public List<Mention> Subjects { get; } = [];
    public List<Mention> Objects { get; } = [];
    public List<Mention> Both { get; } = [];

    /// <summary>Whether a phrase filled an object slot, named or not: "signed … with the Economic Community …".</summary>
    public bool ObjectStated { get; set; }

    public void Add(RelationEnd end, IEnumerable<Mention> mentions) => For(end).AddRange(mentions);

    /// <summary>Binds the entities the noun phrases name, or those the sentence says they are.</summary>
    public void AddReferents(RelationEnd end, List<NounPhrase> nouns)
    {
        for (var i = 0; i < nouns.Count; i++) For(end).AddRange(parse.ReferentsOf(nouns[i]));
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
    public bool Has(RelationEnd end) => For(end).Count > 0;

    private List<Mention> For(RelationEnd end) => end switch
    {
        RelationEnd.Subject => Subjects,
        RelationEnd.Object => Objects,
        _ => Both,
    };
}
