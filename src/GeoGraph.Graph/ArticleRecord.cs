using GeoGraph.Extraction.Model;

namespace GeoGraph.Graph;

/// <summary>An article ready to load: where it came from, when, and the graph extracted from it.</summary>
public sealed record ArticleRecord(string Id, string FileName, string ContentHash, DateTimeOffset IngestedAt, ArticleGraph Graph)
{
    /// <summary>The date a fact from this article counts as seen: its publication date, else its ingestion date.</summary>
    public string Seen => (Graph.Published ?? DateOnly.FromDateTime(IngestedAt.UtcDateTime)).ToString("yyyy-MM-dd");

    /// <summary>The article id for a file: its name without extension (both parts of a submission's <c>.article.json</c>).</summary>
    public static string IdFor(string fileName) => Path.GetFileNameWithoutExtension(
        fileName.EndsWith(".article.json", StringComparison.OrdinalIgnoreCase) ? fileName[..^".json".Length] : fileName);
}
