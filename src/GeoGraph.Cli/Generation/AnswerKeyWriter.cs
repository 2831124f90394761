using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Extraction.Lexicon;

namespace GeoGraph.Cli.Generation;

/// <summary>Writes the facts of generated articles as an answer key in the seeds' format, for the scorer and <c>geograph eval</c>.</summary>
public static class AnswerKeyWriter
{
    public static string Write(IEnumerable<GeneratedArticle> articles, KnowledgeBase knowledge)
    {
        var catalogue = new JsonObject();
        var entries = new JsonObject();
        foreach (var article in articles)
        {
            foreach (var id in article.Entities.Order(StringComparer.Ordinal))
            {
                var entity = knowledge.Entities[id];
                catalogue[id] ??= new JsonObject { ["name"] = entity.Name, ["type"] = entity.Type.ToString(), ["aliases"] = new JsonArray(entity.Name) };
            }
            entries[article.FileName] = new JsonObject
            {
                ["published"] = null,
                ["entities"] = new JsonObject { ["required"] = Strings(article.Entities.Order(StringComparer.Ordinal)), ["optional"] = new JsonArray() },
                ["relations"] = new JsonObject
                {
                    ["required"] = new JsonArray([.. article.Relations.Select(r => (JsonNode)new JsonArray(r.Subject, r.Type, r.Object))]),
                    ["optional"] = new JsonArray(),
                },
            };
        }
        return new JsonObject
        {
            ["version"] = 1,
            ["relation_types"] = new JsonObject
            {
                ["core"] = Strings(["SIGNED", "SOLD", "VISITED", "FUNDED"]),
                ["scored_extra"] = Strings(["MET", "LEADS", "PARTNERED_WITH", "DEVELOPS"]),
                ["unscored"] = Strings(["MEMBER_OF", "LOCATED_IN"]),
                ["symmetric"] = Strings(["SIGNED", "MET", "PARTNERED_WITH"]),
            },
            ["catalogue"] = catalogue,
            ["articles"] = entries,
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);
}
