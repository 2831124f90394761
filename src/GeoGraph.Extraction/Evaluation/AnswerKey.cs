using System.Text.Json;
using System.Text.Json.Nodes;

namespace GeoGraph.Extraction.Evaluation;

/// <summary>
/// An answer key in the format of the seed key: a catalogue of entities with their surface forms, and per article the
/// required and optional entities and relations. A relation side may list several ids, any of which is accepted.
/// </summary>
public sealed class AnswerKey
{
    public sealed record GoldRelation(IReadOnlySet<string> Subjects, string Type, IReadOnlySet<string> Objects);

    public sealed record GoldArticle(
        IReadOnlySet<string> RequiredEntities, IReadOnlySet<string> OptionalEntities,
        IReadOnlyList<GoldRelation> RequiredRelations, IReadOnlyList<GoldRelation> OptionalRelations);

    public required IReadOnlyDictionary<string, (string Type, IReadOnlyList<string> Aliases)> Catalogue { get; init; }
    public required IReadOnlyDictionary<string, GoldArticle> Articles { get; init; }
    public required IReadOnlyList<string> CoreTypes { get; init; }
    public required IReadOnlyList<string> ScoredTypes { get; init; }
    public required IReadOnlySet<string> SymmetricTypes { get; init; }

    public static AnswerKey Parse(string json)
    {
        var root = JsonNode.Parse(json) ?? throw new JsonException("The answer key is empty.");
        var types = root["relation_types"]!;
        var core = Strings(types["core"]);
        return new AnswerKey
        {
            Catalogue = root["catalogue"]!.AsObject().ToDictionary(p => p.Key,
                p => (p.Value!["type"]!.GetValue<string>(), (IReadOnlyList<string>)Strings(p.Value["aliases"]))),
            Articles = root["articles"]!.AsObject().ToDictionary(p => p.Key, p => new GoldArticle(
                Strings(p.Value!["entities"]!["required"]).ToHashSet(), Strings(p.Value["entities"]!["optional"]).ToHashSet(),
                Relations(p.Value["relations"]!["required"]), Relations(p.Value["relations"]!["optional"]))),
            CoreTypes = core,
            ScoredTypes = [.. core, .. Strings(types["scored_extra"])],
            SymmetricTypes = Strings(types["symmetric"]).ToHashSet(),
        };
    }

    private static List<string> Strings(JsonNode? node) => node?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];

    private static List<GoldRelation> Relations(JsonNode? node) => node?.AsArray().Select(r => new GoldRelation(
        Side(r![0]), r[1]!.GetValue<string>(), Side(r[2]))).ToList() ?? [];

    private static HashSet<string> Side(JsonNode? node) =>
        node is JsonArray list ? list.Select(n => n!.GetValue<string>()).ToHashSet() : [node!.GetValue<string>()];
}
