using System.Buffers;
using System.Collections.Frozen;
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
    // The writer's own checks that a record is well formed are skipped: this class is the only thing that writes to it.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    // Type names encoded once, like the field names: formatting the enum for each entity took 7% of writing a record.
    private static readonly FrozenDictionary<EntityType, JsonEncodedText> EntityTypes =
        Enum.GetValues<EntityType>().ToFrozenDictionary(type => type, type => JsonEncodedText.Encode(type.ToString()));
    private static readonly FrozenDictionary<RelationType, JsonEncodedText> RelationTypeNames =
        Enum.GetValues<RelationType>().ToFrozenDictionary(type => type, type => JsonEncodedText.Encode(type.Name()));

    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;
    [ThreadStatic] private static Utf8JsonWriter? _writer;

    /// <summary>The record as one line of UTF-8, ending in a line feed.</summary>
    public static JsonLine ToUtf8Line(ArticleGraph graph) => new(WriteLine(graph));

    /// <summary>The record as a string, without the line feed.</summary>
    public static string Serialize(ArticleGraph graph) => Encoding.UTF8.GetString(WriteLine(graph)[..^1]);

    /// <summary>The record and its line feed in this thread's buffer, valid until the thread writes the next one.</summary>
    private static ReadOnlySpan<byte> WriteLine(ArticleGraph graph)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1 << 14);
        buffer.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        Write(writer, graph);
        writer.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        return buffer.WrittenSpan;
    }

    private static void Write(Utf8JsonWriter writer, ArticleGraph graph)
    {
        writer.WriteStartObject();
        writer.WriteString(Field.Article, graph.ArticleId);
        if (graph.Title is { } title) writer.WriteString(Field.Title, title);
        if (graph.Published is { } published) writer.WriteString(Field.Published, published.ToString("yyyy-MM-dd"));
        writer.WriteStartArray(Field.Entities);
        // Lists are walked by index: a foreach over the read-only interface boxes an enumerator for each. The entities,
        // scanned for every relation's two names, are read as the array every graph holds them in (extracted or
        // decoded), without an interface call each.
        var entities = graph.Entities as ExtractedEntity[] ?? [.. graph.Entities];
        for (var i = 0; i < entities.Length; i++) WriteEntity(writer, entities[i]);
        writer.WriteEndArray();
        writer.WriteStartArray(Field.Relations);
        for (var i = 0; i < graph.Relations.Count; i++) WriteRelation(writer, graph.Relations[i], entities);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, ExtractedEntity entity)
    {
        writer.WriteStartObject();
        writer.WriteString(Field.Id, entity.Id);
        writer.WriteString(Field.Name, entity.Name);
        writer.WriteString(Field.Type, EntityTypes[entity.Type]);
        WriteStrings(writer, Field.Aliases, entity.Aliases);
        writer.WriteStartArray(Field.Mentions);
        for (var i = 0; i < entity.Mentions.Count; i++)
        {
            var mention = entity.Mentions[i];
            writer.WriteStartArray();
            writer.WriteNumberValue(mention.Start);
            writer.WriteNumberValue(mention.End);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRelation(Utf8JsonWriter writer, ExtractedRelation relation, ExtractedEntity[] entities)
    {
        writer.WriteStartObject();
        writer.WriteString(Field.Subject, NameOf(relation.SubjectId, entities));
        writer.WriteString(Field.Type, RelationTypeNames[relation.Type]);
        writer.WriteString(Field.Object, NameOf(relation.ObjectId, entities));
        writer.WriteString(Field.SubjectId, relation.SubjectId);
        writer.WriteString(Field.ObjectId, relation.ObjectId);
        writer.WriteStartObject(Field.Evidence);
        writer.WriteString(Field.Sentence, relation.Evidence.Sentence);
        writer.WriteNumber(Field.Start, relation.Evidence.Span.Start);
        writer.WriteNumber(Field.End, relation.Evidence.Span.End);
        writer.WriteEndObject();
        if (relation.Amount is { } amount)
        {
            writer.WriteStartObject(Field.Amount);
            writer.WriteNumber(Field.Value, amount.Value);
            if (amount.Currency is { } currency) writer.WriteString(Field.Currency, currency);
            writer.WriteString(Field.Text, amount.Text);
            writer.WriteEndObject();
        }
        if (relation.Items.Count > 0) WriteStrings(writer, Field.Items, relation.Items);
        if (relation.StakePercent is { } stake) writer.WriteNumber(Field.Stake, stake);
        if (relation.Date is { } date) writer.WriteString(Field.Date, date);
        if (relation.Planned) writer.WriteBoolean(Field.Planned, true);
        writer.WriteString(Field.Rule, relation.Rule);
        writer.WritePropertyName(Field.Confidence);
        writer.WriteRawValue(Confidences.Formatted(relation.Confidence), skipInputValidation: true);
        writer.WriteEndObject();
    }

    /// <summary>An entity's name, or its id when the graph lacks it; an article names few entities, so a scan is cheapest.</summary>
    private static string NameOf(string id, ExtractedEntity[] entities)
    {
        foreach (var entity in entities)
        {
            if (entity.Id == id) return entity.Name;
        }
        return id;
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++) writer.WriteStringValue(values[i]);
        writer.WriteEndArray();
    }

    /// <summary>Field names encoded once, not on every record.</summary>
    private static class Field
    {
        public static readonly JsonEncodedText Article = JsonEncodedText.Encode("article");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
        public static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");
        public static readonly JsonEncodedText Relations = JsonEncodedText.Encode("relations");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Aliases = JsonEncodedText.Encode("aliases");
        public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");
        public static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");
        public static readonly JsonEncodedText Object = JsonEncodedText.Encode("object");
        public static readonly JsonEncodedText SubjectId = JsonEncodedText.Encode("subjectId");
        public static readonly JsonEncodedText ObjectId = JsonEncodedText.Encode("objectId");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
        public static readonly JsonEncodedText Sentence = JsonEncodedText.Encode("sentence");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Amount = JsonEncodedText.Encode("amount");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Currency = JsonEncodedText.Encode("currency");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");
        public static readonly JsonEncodedText Stake = JsonEncodedText.Encode("stake");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText Planned = JsonEncodedText.Encode("planned");
        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");
        public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
    }
}
