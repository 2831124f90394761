using System.Collections.Concurrent;
using System.Diagnostics;
using GeoGraph.Extraction;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Benchmarks;

/// <summary>Extraction throughput on one core and on all cores, next to <c>wc -w</c> over the same files in the same run.</summary>
internal static class ThroughputBenchmark
{
    public static async Task<int> RunAsync(int articles)
    {
        var corpus = Corpus.Generate(articles);
        var extractor = new ArticleExtractor();
        foreach (var article in corpus.Articles.Take(200)) extractor.Extract(article.FileName, article.Text);

        var watch = Stopwatch.StartNew();
        var graphs = corpus.Articles.Select(a => extractor.Extract(a.FileName, a.Text)).ToList();
        var oneCore = watch.Elapsed;
        corpus.Check(graphs);

        watch.Restart();
        var parallel = new ConcurrentBag<ArticleGraph>();
        Parallel.ForEach(corpus.Articles, a => parallel.Add(extractor.Extract(a.FileName, a.Text)));
        var allCores = watch.Elapsed;
        corpus.Check(parallel);

        var wc = await WordCountAsync(corpus);
        Console.WriteLine($"extraction: {articles} articles, {corpus.Megabytes:F1} MB");
        Console.WriteLine($"  one core:   {corpus.Megabytes / oneCore.TotalSeconds,8:F2} MB/s ({articles / oneCore.TotalSeconds:F0} articles/s)");
        Console.WriteLine($"  {Environment.ProcessorCount} cores:    {corpus.Megabytes / allCores.TotalSeconds,8:F2} MB/s");
        Console.WriteLine($"  wc -w:      {corpus.Megabytes / wc.TotalSeconds,8:F2} MB/s  (extraction on one core = 1/{oneCore.TotalSeconds / wc.TotalSeconds:F0} of wc -w)");
        return 0;
    }

    private static async Task<TimeSpan> WordCountAsync(Corpus corpus)
    {
        var folder = Directory.CreateTempSubdirectory("geograph-wc-").FullName;
        try
        {
            foreach (var article in corpus.Articles) await File.WriteAllTextAsync(Path.Combine(folder, article.FileName), article.Text);
            var start = new ProcessStartInfo("bash", ["-c", $"cat {folder}/*.txt | wc -w"]) { RedirectStandardOutput = true };
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return watch.Elapsed;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
