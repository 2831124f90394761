using System.Collections.Frozen;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations;

/// <summary>
/// One way a relation is said: trigger lemmas (of a verb, or of a noun) and the role each slot of the clause or
/// noun phrase plays — "subject", "object", "second", "goodsOwner", "complement", "owner", "inherit" or a preposition.
/// <see cref="Abroad"/> frames hold only where the object lies outside the subject's own country ("met Obama in the US").
/// An <see cref="Oriented"/> frame names the parties without saying which end each is ("a contract between Naval Group
/// and Indonesia for two submarines"): their types decide, the first type being the subject's; it needs goods named.
/// </summary>
public sealed record Frame(FrozenSet<string> Lemmas, FrozenDictionary<string, RelationEnd> Slots, FrozenSet<string>? ObjectNouns, bool Abroad = false,
    (EntityType Subject, EntityType Object)? Oriented = null);
