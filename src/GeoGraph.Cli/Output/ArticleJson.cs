using System.Text.Json;
using System.Text.Json.Serialization;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Cli.Output;

/// <summary>
/// One article as a JSON Lines record in the answer-key format (article, entities with name and type,
/// relations with subject, type and object names) plus ids, evidence, amounts, items, rule and confidence.
/// </summary>
public static class ArticleJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ArticleGraph graph)
    {
        var names = graph.Entities.ToDictionary(e => e.Id, e => e.Name);
        var record = new
        {
            article = graph.ArticleId,
            title = graph.Title,
            published = graph.Published?.ToString("yyyy-MM-dd"),
            entities = graph.Entities.Select(e => new
            {
                id = e.Id,
                name = e.Name,
                type = e.Type.ToString(),
                aliases = e.Aliases,
                mentions = e.Mentions.Select(m => new[] { m.Start, m.End }),
            }),
            relations = graph.Relations.Select(r => new
            {
                subject = names.GetValueOrDefault(r.SubjectId, r.SubjectId),
                type = r.Type.Name(),
                @object = names.GetValueOrDefault(r.ObjectId, r.ObjectId),
                subjectId = r.SubjectId,
                objectId = r.ObjectId,
                evidence = new { sentence = r.Evidence.Sentence, start = r.Evidence.Span.Start, end = r.Evidence.Span.End },
                amount = r.Amount is { } a ? new { value = a.Value, currency = a.Currency, text = a.Text } : null,
                items = r.Items.Count > 0 ? r.Items : null,
                stake = r.StakePercent,
                date = r.Date,
                planned = r.Planned ? true : (bool?)null,
                rule = r.Rule,
                confidence = r.Confidence,
            }),
        };
        return JsonSerializer.Serialize(record, Options);
    }
}
