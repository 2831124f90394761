using System.Collections.Frozen;
using System.Collections.Immutable;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations;

/// <summary>
/// One way a relation is said: trigger lemmas (of a verb, or of a noun) and the role each slot of the clause or
/// noun phrase plays — "subject", "object", "second", "goodsOwner", "complement", "governor", "owner", "inherit" or a preposition.
/// <see cref="Abroad"/> frames hold only where the object lies outside the subject's own country ("met Obama in the US").
/// An <see cref="Oriented"/> frame names the parties without saying which end each is ("a contract between Naval Group
/// and Indonesia for two submarines"): their types decide, the first type being the subject's; it needs goods named.
/// </summary>
public sealed record Frame(FrozenSet<string> Lemmas, FrozenDictionary<string, RelationEnd> Slots, FrozenSet<string>? ObjectNouns, bool Abroad = false,
    (EntityType Subject, EntityType Object)? Oriented = null)
{
    /// <summary>The slots in the order a binder reads them: fallbacks last, as they are read only when their end is still empty.</summary>
    public ImmutableArray<KeyValuePair<string, RelationEnd>> SlotsInReadingOrder { get; } = [.. Slots.OrderBy(s => IsFallback(s.Key))];

    /// <summary>
    /// Slots read only when no other slot named that end: the maker of the goods stands in for an unnamed seller, the
    /// agent of the governing clause for the unnamed signer of a deal ("built by ASFAT under a contract signed with …").
    /// </summary>
    public static bool IsFallback(string slot) => slot is "goodsOwner" or "maker" or "governor";
}
