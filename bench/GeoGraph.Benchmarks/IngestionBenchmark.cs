using System.Diagnostics;
using System.Text.Json;
using GeoGraph.Extraction;
using GeoGraph.Graph;
using GeoGraph.Graph.Embedded;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Benchmarks;

/// <summary>End-to-end ingestion into the embedded store: articles/s, edges/s and the process's peak working set.</summary>
internal static class IngestionBenchmark
{
    public sealed record Result(int Articles, double Seconds, double ArticlesPerSecond, double EdgesPerSecond, long PeakWorkingSetBytes);

    public static async Task<int> RunAsync(int articles)
    {
        var corpus = Corpus.Generate(articles);
        var extractor = new ArticleExtractor();
        var store = new EmbeddedGraphStore();
        var edges = 0L;
        var watch = Stopwatch.StartNew();
        foreach (var article in corpus.Articles)
        {
            var graph = extractor.Extract(article.FileName, article.Text);
            edges += graph.Relations.Count;
            await store.UpsertArticleAsync(new ArticleRecord(ArticleRecord.IdFor(article.FileName), article.FileName, article.FileName, DateTimeOffset.UtcNow, graph));
        }
        var seconds = watch.Elapsed.TotalSeconds;
        var stats = await new GraphReader(store, QueryCatalogue.Default).GetStatsAsync(default);
        if (stats.Articles != articles) throw new InvalidOperationException($"The store holds {stats.Articles} articles, not {articles}.");
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var result = new Result(articles, seconds, articles / seconds, edges / seconds, self.PeakWorkingSet64);
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }
}
