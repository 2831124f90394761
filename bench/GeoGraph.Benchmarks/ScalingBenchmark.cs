namespace GeoGraph.Benchmarks;

/// <summary>Ingestion of 1k, 10k and 100k articles, each in a fresh process so its peak memory is its own; prints the ratios.</summary>
internal static class ScalingBenchmark
{
    public static async Task<int> RunAsync()
    {
        var results = new List<IngestionBenchmark.Result>();
        foreach (var articles in new[] { 1_000, 10_000, 100_000 })
        {
            var result = await FreshProcess.MeasureAsync<IngestionBenchmark.Result>(["ingest", articles.ToString()]);
            results.Add(result);
            Console.WriteLine($"{articles,7} articles: {result.Seconds,7:F1} s, {result.ArticlesPerSecond,6:F0} articles/s, {result.EdgesPerSecond,7:F0} edges/s, peak {result.PeakWorkingSetBytes / 1e6,6:F0} MB");
        }
        for (var i = 1; i < results.Count; i++)
            Console.WriteLine($"{results[i - 1].Articles} -> {results[i].Articles}: time x{results[i].Seconds / results[i - 1].Seconds:F1}, memory x{(double)results[i].PeakWorkingSetBytes / results[i - 1].PeakWorkingSetBytes:F1}");
        return 0;
    }
}
