using System.Collections.Frozen;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations;

/// <summary>
/// A relation type declared once (Lexicon/Data/relations.json): its verb and noun frames, the entity types each end
/// accepts, whether it is symmetric, how confident its matches are, and the nouns of the things it trades, if any
/// (an entity qualifying one of them — "Boeing jets" — fills a goodsOwner slot; the things are recorded as items).
/// </summary>
public sealed record RelationFamily(
    RelationType Type,
    bool Symmetric,
    FrozenSet<EntityType> SubjectTypes,
    FrozenSet<EntityType> ObjectTypes,
    double Confidence,
    FrozenSet<string>? Goods,
    IReadOnlyList<Frame> Verbs,
    IReadOnlyList<Frame> Nouns)
{
    /// <summary>How the rules of this family are named in evidence ("signed.verb.sign").</summary>
    public string RuleName { get; } = Type.Name().ToLowerInvariant();

    public bool Accepts(EntityType subject, EntityType @object) => SubjectTypes.Contains(subject) && ObjectTypes.Contains(@object);
}
