using GeoGraph.Extraction;
using GeoGraph.Graph;
using GeoGraph.Graph.Stories;

namespace GeoGraph.Neo4j.Tests.Integration;

/// <summary>
/// The seed articles and another site's copy of seed 000, extracted and fingerprinted as ingestion would, with one fixed
/// ingestion time.
/// </summary>
internal static class SeedArticles
{
    public static IEnumerable<ArticleRecord> Records()
    {
        var extractor = new ArticleExtractor();
        var ingestedAt = new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
        return Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Append(Path.Combine(AppContext.BaseDirectory, "Stories", "syndicated-000.txt"))
            .Select(path => (Path: path, Text: File.ReadAllText(path)))
            .Select(file => new ArticleRecord(Path.GetFileNameWithoutExtension(file.Path), Path.GetFileName(file.Path), file.Path, ingestedAt,
                extractor.Extract(Path.GetFileName(file.Path), file.Text))
            {
                Fingerprint = StoryFingerprinter.Default.Of(file.Text),
            });
    }

    public static async Task LoadAsync(IGraphStore store)
    {
        foreach (var record in Records()) await store.UpsertArticleAsync(record);
    }
}
