using GeoGraph.Extraction;
using GeoGraph.Graph;

namespace GeoGraph.Neo4j.Tests.Integration;

/// <summary>The seed articles, extracted as ingestion would, with one fixed ingestion time.</summary>
internal static class SeedArticles
{
    public static IEnumerable<ArticleRecord> Records()
    {
        var extractor = new ArticleExtractor();
        var ingestedAt = new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
        return Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(path => new ArticleRecord(Path.GetFileNameWithoutExtension(path), Path.GetFileName(path), path, ingestedAt,
                extractor.Extract(Path.GetFileName(path), File.ReadAllText(path))));
    }

    public static async Task LoadAsync(IGraphStore store)
    {
        foreach (var record in Records()) await store.UpsertArticleAsync(record);
    }
}
