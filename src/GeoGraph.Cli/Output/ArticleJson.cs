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

internal sealed record ArticleRecord(string Article, string? Title, string? Published, IReadOnlyList<EntityRecord> Entities, IReadOnlyList<RelationRecord> Relations);

internal sealed record EntityRecord(string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<int[]> Mentions);

internal sealed record RelationRecord(string Subject, string Type, string Object, string SubjectId, string ObjectId, EvidenceRecord Evidence,
    AmountRecord? Amount, IReadOnlyList<string>? Items, decimal? Stake, string? Date, bool? Planned, string Rule, double Confidence);

internal sealed record EvidenceRecord(string Sentence, int Start, int End);

internal sealed record AmountRecord(decimal Value, string? Currency, string Text);

/// <summary>Serialisation code generated at build time: no reflection, and no warm-up in a short run.</summary>
[JsonSerializable(typeof(ArticleRecord))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;
