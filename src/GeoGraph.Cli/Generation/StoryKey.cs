using System.Text.Json;

namespace GeoGraph.Cli.Generation;

/// <summary>stories.json of a generated corpus: each article's file name and the file name of the story it belongs to.</summary>
public static class StoryKey
{
    public const string FileName = "stories.json";

    public static string Write(IEnumerable<GeneratedArticle> articles) =>
        JsonSerializer.Serialize(articles.ToDictionary(a => a.FileName, a => a.Story, StringComparer.Ordinal));

    public static IReadOnlyDictionary<string, string> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? throw new InvalidDataException($"{FileName} holds no stories.");
}
