using GeoGraph.Extraction.Model;
using GeoGraph.Graph.Stories;

namespace GeoGraph.Graph.Durable;

/// <summary>
/// An article record as stored in SQLite: its whole extracted graph in a compact binary form. Binary rather than JSON
/// because a restart decodes every stored article before it is ready, and parsing JSON was most of that time.
/// </summary>
internal static class ArticleRecordCodec
{
    /// <summary>
    /// 3 holds the article's source, its story and its fingerprint. Still read: 2, the source alone (issue 13), and 1,
    /// neither; a record without a story reads as an article of its own story.
    /// </summary>
    private const byte Version = 3;
    private const byte WithSource = 2;
    private const byte First = 1;

    public static byte[] Encode(ArticleRecord record)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer))
        {
            writer.Write(Version);
            writer.Write(record.Id);
            writer.Write(record.FileName);
            writer.Write(record.ContentHash);
            writer.Write(record.IngestedAt.UtcTicks);
            var graph = record.Graph;
            writer.Write(graph.ArticleId);
            WriteOptional(writer, graph.Title);
            writer.Write(graph.Published?.DayNumber ?? -1);
            writer.Write(graph.Entities.Count);
            foreach (var entity in graph.Entities) Write(writer, entity);
            writer.Write(graph.Relations.Count);
            foreach (var relation in graph.Relations) Write(writer, relation);
            WriteOptional(writer, record.Source);
            WriteOptional(writer, record.Story);
            writer.Write(record.Fingerprint is not null);
            foreach (var slot in record.Fingerprint?.MinHash ?? []) writer.Write(slot);
        }
        return buffer.ToArray();
    }

    public static ArticleRecord Decode(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
        var version = reader.ReadByte();
        if (version is not (Version or WithSource or First)) throw new InvalidDataException("An article record of an unknown version.");
        var (id, fileName, hash) = (reader.ReadString(), reader.ReadString(), reader.ReadString());
        var ingestedAt = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
        var (articleId, title, day) = (reader.ReadString(), ReadOptional(reader), reader.ReadInt32());
        var entities = new ExtractedEntity[reader.ReadInt32()];
        for (var i = 0; i < entities.Length; i++) entities[i] = ReadEntity(reader);
        var relations = new ExtractedRelation[reader.ReadInt32()];
        for (var i = 0; i < relations.Length; i++) relations[i] = ReadRelation(reader);
        var record = new ArticleRecord(id, fileName, hash, ingestedAt,
            new ArticleGraph(articleId, title, day < 0 ? null : DateOnly.FromDayNumber(day), entities, relations),
            version == First ? null : ReadOptional(reader));
        return version == Version ? record with { Story = ReadOptional(reader), Fingerprint = ReadFingerprint(reader) } : record;
    }

    private static StoryFingerprint? ReadFingerprint(BinaryReader reader)
    {
        if (!reader.ReadBoolean()) return null;
        var slots = new int[StoryFingerprint.SignatureLength];
        for (var i = 0; i < slots.Length; i++) slots[i] = reader.ReadInt32();
        return new StoryFingerprint(slots);
    }

    private static void Write(BinaryWriter writer, ExtractedEntity entity)
    {
        writer.Write(entity.Id);
        writer.Write(entity.Name);
        writer.Write((int)entity.Type);
        WriteStrings(writer, entity.Aliases);
        writer.Write(entity.Mentions.Count);
        foreach (var mention in entity.Mentions) Write(writer, mention);
    }

    private static ExtractedEntity ReadEntity(BinaryReader reader)
    {
        var (id, name, type, aliases) = (reader.ReadString(), reader.ReadString(), (EntityType)reader.ReadInt32(), ReadStrings(reader));
        var mentions = new TextSpan[reader.ReadInt32()];
        for (var i = 0; i < mentions.Length; i++) mentions[i] = ReadSpan(reader);
        return new ExtractedEntity(id, name, type, aliases, mentions);
    }

    private static void Write(BinaryWriter writer, ExtractedRelation relation)
    {
        writer.Write(relation.SubjectId);
        writer.Write((int)relation.Type);
        writer.Write(relation.ObjectId);
        writer.Write(relation.Evidence.Sentence);
        Write(writer, relation.Evidence.Span);
        writer.Write(relation.Rule);
        writer.Write(relation.Confidence);
        writer.Write(relation.Amount is not null);
        if (relation.Amount is { } amount)
        {
            writer.Write(amount.Value);
            WriteOptional(writer, amount.Currency);
            writer.Write(amount.Text);
        }
        WriteStrings(writer, relation.Items);
        writer.Write(relation.StakePercent is not null);
        if (relation.StakePercent is { } stake) writer.Write(stake);
        WriteOptional(writer, relation.Date);
        writer.Write(relation.Planned);
    }

    private static ExtractedRelation ReadRelation(BinaryReader reader)
    {
        var (subject, type, @object) = (reader.ReadString(), (RelationType)reader.ReadInt32(), reader.ReadString());
        var evidence = new Evidence(reader.ReadString(), ReadSpan(reader));
        var (rule, confidence) = (reader.ReadString(), reader.ReadDouble());
        var amount = reader.ReadBoolean() ? new MoneyAmount(reader.ReadDecimal(), ReadOptional(reader), reader.ReadString()) : null;
        var items = ReadStrings(reader);
        decimal? stake = reader.ReadBoolean() ? reader.ReadDecimal() : null;
        return new ExtractedRelation(subject, type, @object, evidence, rule, confidence)
        {
            Amount = amount, Items = items, StakePercent = stake, Date = ReadOptional(reader), Planned = reader.ReadBoolean(),
        };
    }

    private static void Write(BinaryWriter writer, TextSpan span)
    {
        writer.Write(span.Start);
        writer.Write(span.End);
    }

    private static TextSpan ReadSpan(BinaryReader reader) => new(reader.ReadInt32(), reader.ReadInt32());

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values) writer.Write(value);
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++) values[i] = reader.ReadString();
        return values;
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
