using System.Collections.Frozen;

namespace GeoGraph.Extraction.Model;

/// <summary>The graph names of relation types (SIGNED, PARTNERED_WITH, …) and their properties.</summary>
public static class RelationTypes
{
    private static readonly FrozenDictionary<RelationType, string> Names = Enum.GetValues<RelationType>()
        .ToFrozenDictionary(t => t, ToUpperSnakeCase);

    private static readonly FrozenDictionary<string, RelationType> ByName = Names
        .ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> AllNames => Names.Values;

    public static string Name(this RelationType type) => Names[type];

    public static bool TryParse(string name, out RelationType type) => ByName.TryGetValue(name, out type);

    /// <summary>Symmetric types are stored once per pair, subject first in ordinal order of ids.</summary>
    public static bool IsSymmetric(this RelationType type) =>
        type is RelationType.Signed or RelationType.Met or RelationType.PartneredWith;

    private static string ToUpperSnakeCase(RelationType type) =>
        string.Concat(type.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
