using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeoGraph.Cli.Generation;

/// <summary>stories.json of a generated corpus: each article's file name and the file name of the story it belongs to.</summary>
public static class StoryKey
{
    public const string FileName = "stories.json";

    public static string Write(IEnumerable<GeneratedArticle> articles) =>
        JsonSerializer.Serialize(articles.ToDictionary(a => a.FileName, a => a.Story, StringComparer.Ordinal), StoryKeyJson.Default.DictionaryStringString);

    public static IReadOnlyDictionary<string, string> Read(string json) =>
        JsonSerializer.Deserialize(json, StoryKeyJson.Default.DictionaryStringString) ?? throw new InvalidDataException($"{FileName} holds no stories.");
}

[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class StoryKeyJson : JsonSerializerContext;
