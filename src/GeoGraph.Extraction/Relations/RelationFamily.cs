using System.Collections.Frozen;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations;

/// <summary>Which end of a relation a place in a clause fills; <see cref="Both"/> pairs every entity found there.</summary>
public enum RelationEnd
{
    Subject,
    Object,
    Both,
}

/// <summary>
/// One way a relation is said: trigger lemmas (of a verb, or of a noun) and the role each slot of the clause or
/// noun phrase plays — "subject", "object", "second", "goodsOwner", "complement", "owner", "inherit" or a preposition.
/// <see cref="Abroad"/> frames hold only where the object lies outside the subject's own country ("met Obama in the US").
/// </summary>
public sealed record Frame(FrozenSet<string> Lemmas, FrozenDictionary<string, RelationEnd> Slots, FrozenSet<string>? ObjectNouns, bool Abroad = false);

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
    public bool Accepts(EntityType subject, EntityType @object) => SubjectTypes.Contains(subject) && ObjectTypes.Contains(@object);
}
