using GeoGraph.Extraction.Entities;

namespace GeoGraph.Extraction.Relations;

/// <summary>The entities a frame's slots found, by the end of the relation they fill.</summary>
internal sealed class Bindings
{
    public List<Mention> Subjects { get; } = [];
    public List<Mention> Objects { get; } = [];
    public List<Mention> Both { get; } = [];

    /// <summary>Whether a phrase filled an object slot, named or not: "signed … with the Economic Community …".</summary>
    public bool ObjectStated { get; set; }

    public void Add(RelationEnd end, IEnumerable<Mention> mentions) => For(end).AddRange(mentions);

    /// <summary>Whether an end is bound already: the maker of the goods stands in for a seller only when none is named.</summary>
    public bool Has(RelationEnd end) => For(end).Count > 0;

    private List<Mention> For(RelationEnd end) => end switch
    {
        RelationEnd.Subject => Subjects,
        RelationEnd.Object => Objects,
        _ => Both,
    };
}
