namespace GeoGraph.Extraction.Model;

/// <summary>Relation types as the answer key defines them; see <see cref="RelationTypes"/> for their names.</summary>
public enum RelationType
{
    Signed,
    Sold,
    Visited,
    Funded,
    Met,
    Leads,
    PartneredWith,
    Develops,
    MemberOf,
    LocatedIn,
}
