using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Lexicon;

/// <summary>A head role the lexicon knows: "chairman" of "rosneft".</summary>
public sealed record Role(string Title, string Of);

/// <summary>An entity the extractor knows by name.</summary>
public sealed record LexiconEntity(string Id, string Name, EntityType Type)
{
    public string? Nationality { get; init; }
    public string? CapitalOf { get; init; }
    public IReadOnlyList<Role> Roles { get; init; } = [];
}
