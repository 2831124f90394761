using System.Diagnostics;
using System.Text.Json;
using GeoGraph.Ingestion.Worker;

namespace GeoGraph.Benchmarks;

/// <summary>
/// Restart with N ingested articles (issue 12: 100,000 ready in ≤ 10 s, nothing extracted again, statuses and dates
/// unchanged). The first start ingests a generated corpus and ten unreadable files into the durable store; a fresh
/// process set up as the API's (its collector and JIT settings) then starts on the same folders and is timed from its
/// own start until it would answer /health/ready.
/// </summary>
internal static class RestartBenchmark
{
    private const int BadFiles = 10;

    public sealed record Restart(double SecondsSinceProcessStart, double SecondsSinceHostStart, double StoreLoadSeconds, double HostStartSeconds, int LoadedArticles, int ExtractedAgain, bool ExtractorBuilt, string Fingerprint, long PeakWorkingSetBytes, bool ServerGc);

    public static async Task<int> RunAsync(int articles)
    {
        var root = Directory.CreateTempSubdirectory("geograph-restart-bench-").FullName;
        try
        {
            WriteCorpus(Path.Combine(root, "seeds"), articles);
            var watch = Stopwatch.StartNew();
            string before;
            await using (var first = await DurableWorker.StartAsync(root))
            {
                await first.WaitUntilReadyAsync();
                before = await first.FingerprintAsync();
            }
            Console.WriteLine($"first start: {articles} articles ingested in {watch.Elapsed.TotalSeconds:F1} s; {before}");

            var restart = await FreshProcess.MeasureAsApiAsync<Restart>(["restart-measure", root]);
            Console.WriteLine($"restart: ready {restart.SecondsSinceProcessStart:F2} s after the process started ({restart.SecondsSinceHostStart:F2} s after the host did; "
                + $"host started at {restart.HostStartSeconds:F2} s, store loaded at {restart.StoreLoadSeconds:F2} s), "
                + $"{restart.LoadedArticles} articles loaded from SQLite, {restart.ExtractedAgain} extracted again{(restart.ExtractorBuilt ? " (the extractor was built)" : ", the extractor never built")}, peak {restart.PeakWorkingSetBytes / 1e6:F0} MB{(restart.ServerGc ? ", server GC" : "")}; {restart.Fingerprint}");
            var same = restart.Fingerprint == before;
            Console.WriteLine(same ? "statuses, dates and counts unchanged" : "CHANGED across the restart");
            return same && restart.ExtractedAgain == 0 && !restart.ExtractorBuilt && restart.SecondsSinceProcessStart <= 10 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The second start, in a process of its own: prints one JSON line.</summary>
    public static async Task<int> MeasureAsync(string root)
    {
        var watch = Stopwatch.StartNew();
        await using var worker = await DurableWorker.StartAsync(root);
        var hostStart = watch.Elapsed.TotalSeconds;
        await worker.Store.Loaded;
        var storeLoad = watch.Elapsed.TotalSeconds;
        await worker.WaitUntilReadyAsync();
        var sinceHost = watch.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        var sinceProcess = (DateTime.Now - self.StartTime).TotalSeconds;
        var extractedAgain = worker.Status.Outcomes.Count(o => o.State == IngestionState.Ingested);
        var fingerprint = await worker.FingerprintAsync();
        self.Refresh();
        Console.WriteLine(JsonSerializer.Serialize(new Restart(sinceProcess, sinceHost, storeLoad, hostStart, worker.Store.LoadedArticles, extractedAgain, worker.ExtractorBuilt, fingerprint, self.PeakWorkingSet64, System.Runtime.GCSettings.IsServerGC)));
        return 0;
    }

    private static void WriteCorpus(string folder, int articles)
    {
        Directory.CreateDirectory(folder);
        foreach (var article in Corpus.Generate(articles).Articles) File.WriteAllText(Path.Combine(folder, article.FileName), article.Text);
        for (var n = 0; n < BadFiles; n++) File.WriteAllBytes(Path.Combine(folder, $"zz-binary-{n}.txt"), [0x41, 0x00, (byte)n]);
    }
}
