using System.Diagnostics;
using System.Text.Json;

namespace GeoGraph.Benchmarks;

/// <summary>
/// The worker's first load of N generated articles into the durable store, from host start to ready, extracting one
/// article at a time and then on every core (issue "Extraction speed": extraction in parallel in the worker). Each
/// load runs in a fresh process set up as the API's, on an empty database; the loads alternate so that both see the
/// same machine.
/// </summary>
internal static class FirstLoadBenchmark
{
    private const int Rounds = 2;

    public sealed record Load(int Parallelism, double Seconds, string Fingerprint);

    public static async Task<int> RunAsync(int articles)
    {
        if (Environment.ProcessorCount < 2)
        {
            Console.Error.WriteLine("first-load compares one core with several; this machine has one.");
            return 1;
        }
        var root = Directory.CreateTempSubdirectory("geograph-first-load-bench-").FullName;
        try
        {
            var seeds = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
            foreach (var article in Corpus.Generate(articles).Articles) await File.WriteAllTextAsync(Path.Combine(seeds, article.FileName), article.Text);
            var best = new Dictionary<int, Load>();
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var parallelism in new[] { 1, Environment.ProcessorCount })
                {
                    var load = await LoadInFreshProcessAsync(root, parallelism);
                    if (!best.TryGetValue(parallelism, out var previous) || load.Seconds < previous.Seconds) best[parallelism] = load;
                }
            }
            var one = best[1];
            var all = best[Environment.ProcessorCount];
            Console.WriteLine($"first load of {articles} articles, best of {Rounds}:");
            Console.WriteLine($"  one article at a time   {one.Seconds,6:F1} s  {articles / one.Seconds,6:F0} articles/s");
            Console.WriteLine($"  {all.Parallelism} at once              {all.Seconds,6:F1} s  {articles / all.Seconds,6:F0} articles/s  = x{one.Seconds / all.Seconds:F2}");
            Console.WriteLine(one.Fingerprint == all.Fingerprint ? $"same store either way: {one.Fingerprint}" : $"DIFFERENT stores: {one.Fingerprint} / {all.Fingerprint}");
            return one.Fingerprint == all.Fingerprint ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>One load, in a process of its own: prints one JSON line.</summary>
    public static async Task<int> MeasureAsync(string root, int parallelism)
    {
        var watch = Stopwatch.StartNew();
        await using var worker = await DurableWorker.StartAsync(root, parallelism);
        await worker.WaitUntilReadyAsync();
        var seconds = watch.Elapsed.TotalSeconds;
        // The ingestion times differ from load to load; the rest of the ledger and the store's counts must not.
        Console.WriteLine(JsonSerializer.Serialize(new Load(parallelism, seconds, await worker.FingerprintAsync(withTimes: false))));
        return 0;
    }

    private static async Task<Load> LoadInFreshProcessAsync(string root, int parallelism)
    {
        var data = Path.Combine(root, "data");
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        return await FreshProcess.MeasureAsApiAsync<Load>(["first-load-measure", root, parallelism.ToString()]);
    }
}
