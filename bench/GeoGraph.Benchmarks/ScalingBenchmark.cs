using System.Diagnostics;
using System.Text.Json;

namespace GeoGraph.Benchmarks;

/// <summary>Ingestion of 1k, 10k and 100k articles, each in a fresh process so its peak memory is its own; prints the ratios.</summary>
internal static class ScalingBenchmark
{
    public static async Task<int> RunAsync()
    {
        var results = new List<IngestionBenchmark.Result>();
        foreach (var articles in new[] { 1_000, 10_000, 100_000 })
        {
            using var process = Process.Start(SelfWith("ingest", articles.ToString()))!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var result = JsonSerializer.Deserialize<IngestionBenchmark.Result>(output.Trim().Split('\n').Last())!;
            results.Add(result);
            Console.WriteLine($"{articles,7} articles: {result.Seconds,7:F1} s, {result.ArticlesPerSecond,6:F0} articles/s, {result.EdgesPerSecond,7:F0} edges/s, peak {result.PeakWorkingSetBytes / 1e6,6:F0} MB");
        }
        for (var i = 1; i < results.Count; i++)
            Console.WriteLine($"{results[i - 1].Articles} -> {results[i].Articles}: time x{results[i].Seconds / results[i - 1].Seconds:F1}, memory x{(double)results[i].PeakWorkingSetBytes / results[i - 1].PeakWorkingSetBytes:F1}");
        return 0;
    }

    /// <summary>This benchmark program again, with other arguments: through the dotnet host, or as its own executable.</summary>
    internal static ProcessStartInfo SelfWith(params string[] arguments)
    {
        var host = Environment.ProcessPath!;
        string[] all = host.EndsWith("dotnet", StringComparison.Ordinal) ? [typeof(ScalingBenchmark).Assembly.Location, .. arguments] : arguments;
        return new ProcessStartInfo(host, all) { RedirectStandardOutput = true };
    }
}
