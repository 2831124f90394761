using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeoGraph.Graph.Durable;

/// <summary>An article record as stored in SQLite: its whole extracted graph, so a restart needs no extraction.</summary>
[JsonSerializable(typeof(ArticleRecord))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class ArticleRecordJson : JsonSerializerContext
{
    public static byte[] Serialize(ArticleRecord record) => JsonSerializer.SerializeToUtf8Bytes(record, Default.ArticleRecord);

    public static ArticleRecord Deserialize(byte[] json) =>
        JsonSerializer.Deserialize(json, Default.ArticleRecord) ?? throw new JsonException("An article record was null.");
}
