using System.Collections.Frozen;
using System.Text.Json;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations;

/// <summary>Reads the relation families of Lexicon/Data/relations.json; a named noun set stands for its words.</summary>
internal static class RelationFamilyLoader
{
    public static IReadOnlyList<RelationFamily> Parse(JsonDocument document)
    {
        var root = document.RootElement;
        var nounSets = root.GetProperty("nounSets").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetString()!).ToArray(), StringComparer.Ordinal);
        return [.. root.GetProperty("families").EnumerateArray().Select(f => Family(f, nounSets))];
    }

    /// <summary>The lemmas of "makerVerbs", which the "maker" slot reads.</summary>
    public static FrozenSet<string> MakerVerbs(JsonDocument document) =>
        document.RootElement.GetProperty("makerVerbs").EnumerateArray().Select(e => e.GetString()!).ToFrozenSet(StringComparer.Ordinal);

    private static RelationFamily Family(JsonElement family, Dictionary<string, string[]> nounSets)
    {
        var typeName = family.GetProperty("type").GetString()!;
        if (!RelationTypes.TryParse(typeName, out var type)) throw new InvalidDataException($"relations.json: unknown relation type '{typeName}'.");
        return new RelationFamily(
            type,
            family.TryGetProperty("symmetric", out var symmetric) && symmetric.GetBoolean(),
            Types(family.GetProperty("subjectTypes")),
            Types(family.GetProperty("objectTypes")),
            family.GetProperty("confidence").GetDouble(),
            family.TryGetProperty("goods", out var goods) ? Words(goods, nounSets) : null,
            [.. family.GetProperty("verbs").EnumerateArray().Select(f => Frame(f, nounSets))],
            [.. family.GetProperty("nouns").EnumerateArray().Select(f => Frame(f, nounSets))]);
    }

    private static Frame Frame(JsonElement frame, Dictionary<string, string[]> nounSets)
    {
        var slots = frame.GetProperty("slots").EnumerateObject().ToFrozenDictionary(
            p => p.Name,
            p => Enum.Parse<RelationEnd>(p.Value.GetString()!, ignoreCase: true),
            StringComparer.Ordinal);
        var objectNouns = frame.TryGetProperty("objectNouns", out var nouns) ? Words(nouns, nounSets) : null;
        var abroad = frame.TryGetProperty("abroad", out var flag) && flag.GetBoolean();
        (EntityType, EntityType)? oriented = frame.TryGetProperty("oriented", out var types)
            ? (Enum.Parse<EntityType>(types.GetProperty("subject").GetString()!), Enum.Parse<EntityType>(types.GetProperty("object").GetString()!))
            : null;
        return new Frame(Words(frame.GetProperty("lemmas"), nounSets), slots, objectNouns, abroad, oriented);
    }

    /// <summary>A list of words, or the name of a noun set.</summary>
    private static FrozenSet<string> Words(JsonElement element, Dictionary<string, string[]> nounSets) =>
        element.ValueKind == JsonValueKind.String
            ? nounSets.TryGetValue(element.GetString()!, out var set)
                ? set.ToFrozenSet(StringComparer.Ordinal)
                : throw new InvalidDataException($"relations.json: no noun set '{element.GetString()}'.")
            : element.EnumerateArray().Select(e => e.GetString()!).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<EntityType> Types(JsonElement element) =>
        element.EnumerateArray().Select(e => Enum.Parse<EntityType>(e.GetString()!)).ToFrozenSet();
}
