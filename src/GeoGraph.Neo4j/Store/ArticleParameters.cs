using System.Text.Json.Nodes;
using GeoGraph.Extraction.Model;
using GeoGraph.Graph;
using GeoGraph.Graph.Stories;

namespace GeoGraph.Neo4j.Store;

/// <summary>
/// The parameters of cypher/store/upsert-article.cypher for one article: all its rows in one request. Entities and
/// facts go in id order, so that the statement locks shared entities in one order whatever the article's order of
/// mention: two writers taking them in opposite orders would deadlock.
/// </summary>
internal static class ArticleParameters
{
    public static JsonObject For(ArticleRecord record, double storyThreshold)
    {
        var graph = record.Graph;
        return new JsonObject
        {
            ["storyThreshold"] = storyThreshold,
            ["article"] = WithFingerprint(new JsonObject
            {
                ["id"] = record.Id,
                ["fileName"] = record.FileName,
                ["title"] = graph.Title,
                ["published"] = graph.Published?.ToString("yyyy-MM-dd"),
                ["source"] = record.Source,
                ["contentHash"] = record.ContentHash,
                ["ingestedAt"] = record.IngestedAt.UtcDateTime.ToString("O"),
                ["factCount"] = graph.Relations.Count,
            }, record.Fingerprint),
            ["entities"] = new JsonArray([.. graph.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e.Id,
                ["name"] = e.Name,
                ["type"] = e.Type.ToString(),
                ["aliases"] = new JsonArray([.. e.Aliases.Select(a => (JsonNode)JsonValue.Create(a))]),
            })]),
            ["facts"] = new JsonArray([.. graph.Relations
                .OrderBy(r => r.SubjectId, StringComparer.Ordinal).ThenBy(r => r.ObjectId, StringComparer.Ordinal).ThenBy(r => r.Type.Name(), StringComparer.Ordinal)
                .Select(r => (JsonNode)new JsonObject
            {
                ["subject"] = r.SubjectId,
                ["type"] = r.Type.Name(),
                ["object"] = r.ObjectId,
                ["props"] = Evidence(record, r),
            })]),
        };
    }

    /// <summary>The MinHash signature (minhash) and one property a band key (band0 …), each band key with its own index.</summary>
    private static JsonObject WithFingerprint(JsonObject article, StoryFingerprint? fingerprint)
    {
        article["minhash"] = fingerprint is null ? null : new JsonArray([.. fingerprint.MinHash.Select(slot => (JsonNode)slot)]);
        for (var band = 0; band < StoryFingerprint.BandCount; band++) article[$"band{band}"] = fingerprint?.Bands[band];
        return article;
    }

    private static JsonObject Evidence(ArticleRecord record, ExtractedRelation relation) => new()
    {
        ["article"] = record.Id,
        ["source"] = record.Source,
        ["sentence"] = relation.Evidence.Sentence,
        ["start"] = relation.Evidence.Span.Start,
        ["end"] = relation.Evidence.Span.End,
        ["amount"] = FloatJson.From((double?)relation.Amount?.Value),
        ["currency"] = relation.Amount?.Currency,
        ["stake"] = FloatJson.From((double?)relation.StakePercent),
        ["items"] = relation.Items.Count > 0 ? new JsonArray([.. relation.Items.Select(i => (JsonNode)JsonValue.Create(i))]) : null,
        ["date"] = relation.Date,
        ["planned"] = relation.Planned,
        ["rule"] = relation.Rule,
        ["confidence"] = FloatJson.From(relation.Confidence),
        ["seen"] = record.SeenOf(relation),
        ["when"] = record.WhenOf(relation),
    };
}
