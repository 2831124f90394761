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
    private static readonly ArticleJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(ArticleGraph graph)
    {
        var names = graph.Entities.ToDictionary(e => e.Id, e => e.Name);
        var record = new ArticleRecord(
            graph.ArticleId,
            graph.Title,
            graph.Published?.ToString("yyyy-MM-dd"),
            [.. graph.Entities.Select(e => new EntityRecord(e.Id, e.Name, e.Type.ToString(), e.Aliases, [.. e.Mentions.Select(m => new[] { m.Start, m.End })]))],
            [.. graph.Relations.Select(r => new RelationRecord(
                names.GetValueOrDefault(r.SubjectId, r.SubjectId),
                r.Type.Name(),
                names.GetValueOrDefault(r.ObjectId, r.ObjectId),
                r.SubjectId,
                r.ObjectId,
                new EvidenceRecord(r.Evidence.Sentence, r.Evidence.Span.Start, r.Evidence.Span.End),
                r.Amount is { } a ? new AmountRecord(a.Value, a.Currency, a.Text) : null,
                r.Items.Count > 0 ? r.Items : null,
                r.StakePercent,
                r.Date,
                r.Planned ? true : null,
                r.Rule,
                r.Confidence))]);
        return JsonSerializer.Serialize(record, Context.ArticleRecord);
    }
}
