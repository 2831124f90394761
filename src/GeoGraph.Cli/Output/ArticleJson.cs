using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Cli.Output;

/// <summary>
/// One article as a JSON Lines record in the answer-key format (article, entities with name and type,
/// relations with subject, type and object names) plus ids, evidence, amounts, items, rule and confidence.
/// Field names are camel case and absent values are left out.
/// </summary>
/// <remarks>
/// Written field by field as UTF-8 straight from the graph, on the core that extracted the article: a record is
/// several times the size of its article, and building it as objects, then a string, then bytes cost a sixth of
/// an <c>extract</c> run.
/// </remarks>
public static class ArticleJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>The record as one line of UTF-8, ending in a line feed.</summary>
    public static byte[] ToUtf8Line(ArticleGraph graph)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1 << 14);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Options)) Write(writer, graph);
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The record as a string, without the line feed.</summary>
    public static string Serialize(ArticleGraph graph)
    {
        var line = ToUtf8Line(graph);
        return Encoding.UTF8.GetString(line, 0, line.Length - 1);
    }

    private static void Write(Utf8JsonWriter writer, ArticleGraph graph)
    {
        writer.WriteStartObject();
        writer.WriteString("article", graph.ArticleId);
        if (graph.Title is { } title) writer.WriteString("title", title);
        if (graph.Published is { } published) writer.WriteString("published", published.ToString("yyyy-MM-dd"));
        writer.WriteStartArray("entities");
        foreach (var entity in graph.Entities) WriteEntity(writer, entity);
        writer.WriteEndArray();
        var names = new Dictionary<string, string>(graph.Entities.Count, StringComparer.Ordinal);
        foreach (var entity in graph.Entities) names.Add(entity.Id, entity.Name);
        writer.WriteStartArray("relations");
        foreach (var relation in graph.Relations) WriteRelation(writer, relation, names);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, ExtractedEntity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entity.Id);
        writer.WriteString("name", entity.Name);
        writer.WriteString("type", entity.Type.ToString());
        WriteStrings(writer, "aliases", entity.Aliases);
        writer.WriteStartArray("mentions");
        foreach (var mention in entity.Mentions)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(mention.Start);
            writer.WriteNumberValue(mention.End);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRelation(Utf8JsonWriter writer, ExtractedRelation relation, Dictionary<string, string> names)
    {
        writer.WriteStartObject();
        writer.WriteString("subject", names.GetValueOrDefault(relation.SubjectId, relation.SubjectId));
        writer.WriteString("type", relation.Type.Name());
        writer.WriteString("object", names.GetValueOrDefault(relation.ObjectId, relation.ObjectId));
        writer.WriteString("subjectId", relation.SubjectId);
        writer.WriteString("objectId", relation.ObjectId);
        writer.WriteStartObject("evidence");
        writer.WriteString("sentence", relation.Evidence.Sentence);
        writer.WriteNumber("start", relation.Evidence.Span.Start);
        writer.WriteNumber("end", relation.Evidence.Span.End);
        writer.WriteEndObject();
        if (relation.Amount is { } amount)
        {
            writer.WriteStartObject("amount");
            writer.WriteNumber("value", amount.Value);
            if (amount.Currency is { } currency) writer.WriteString("currency", currency);
            writer.WriteString("text", amount.Text);
            writer.WriteEndObject();
        }
        if (relation.Items.Count > 0) WriteStrings(writer, "items", relation.Items);
        if (relation.StakePercent is { } stake) writer.WriteNumber("stake", stake);
        if (relation.Date is { } date) writer.WriteString("date", date);
        if (relation.Planned) writer.WriteBoolean("planned", true);
        writer.WriteString("rule", relation.Rule);
        writer.WriteNumber("confidence", relation.Confidence);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
