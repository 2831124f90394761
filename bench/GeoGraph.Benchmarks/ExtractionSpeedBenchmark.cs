using System.Diagnostics;
using System.Text;
using GeoGraph.Cli.Output;
using GeoGraph.Extraction;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Benchmarks;

/// <summary>
/// End-to-end extraction by the <c>geograph extract</c> command, from process start to its last line, on one core
/// (<c>taskset -c 0</c>) and on all, next to <c>wc -w</c> over the same bytes in one file in the same run; the
/// command is timed as built (JIT) and as published (native AOT, which needs clang). Then the native command again on
/// news-like text, the keyed test corpora copied to the same size: generated articles are short and few-worded, and
/// real news is slower to read. Also the allocation per 100 articles in process, and the floor an <c>extract</c> run
/// stands on (<see cref="ExtractionFloor"/>, and the command's start on no articles). Fails unless the quality gate holds
/// and the command's output is the in-process extractor's, line for line.
/// </summary>
internal static class ExtractionSpeedBenchmark
{
    private const int Runs = 3;

    public static async Task<int> RunAsync(int articles)
    {
        QualityGate.Check();
        var corpus = Corpus.Generate(articles);
        var work = Directory.CreateTempSubdirectory("geograph-extraction-bench-").FullName;
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(work, "articles")).FullName;
            foreach (var article in corpus.Articles) await File.WriteAllTextAsync(Path.Combine(folder, article.FileName), article.Text);
            var oneFile = Path.Combine(work, "all.txt");
            await File.WriteAllTextAsync(oneFile, string.Concat(corpus.Articles.Select(a => a.Text)));
            var expected = ExpectedGraphs(corpus);
            var megabytes = new FileInfo(oneFile).Length / 1e6;

            Console.WriteLine($"extraction: {articles} generated articles, {megabytes:F1} MB; best of {Runs} runs");
            Console.WriteLine($"  allocated in process: {AllocatedPer100Articles(corpus) / 1e6:F2} MB per 100 articles");
            var native = await PublishNativeAsync(work);
            var commands = new (string Name, string Program, string[] Arguments)[]
            {
                ("built", "dotnet", [Path.Combine(AppContext.BaseDirectory, "geograph.dll")]),
                ("native AOT", native, []),
            };
            await MeasureAsync(folder, oneFile, expected, commands);

            var news = await WriteNewsLikeCorpusAsync(work, new FileInfo(oneFile).Length);
            Console.WriteLine($"extraction: the keyed test corpora's news-like articles, copied to {new FileInfo(news.OneFile).Length / 1e6:F1} MB in {news.Files} files");
            await MeasureAsync(news.Folder, news.OneFile, news.Expected, [commands[1]]);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <param name="graphs">What the in-process extractor makes of the folder's articles, in file-name order: the command must print their records.</param>
    private static async Task MeasureAsync(string folder, string oneFile, IReadOnlyList<ArticleGraph> graphs, (string Name, string Program, string[] Arguments)[] commands)
    {
        var megabytes = new FileInfo(oneFile).Length / 1e6;
        var expected = Lines(graphs);
        var wc = await BestOfAsync("wc", ["-w", oneFile], expected: null);
        Console.WriteLine($"  {"wc -w, one file",-32} {megabytes / wc.TotalSeconds,8:F1} MB/s");
        var floor = ExtractionFloor.Measure(folder, graphs, Runs);
        foreach (var (part, time) in new[] { ("reading the files", floor.Reading), ("tokenizing", floor.Tokenizing), ("formatting the records", floor.Formatting) })
            Console.WriteLine($"  {$"{part} alone",-32} {megabytes / time.TotalSeconds,8:F1} MB/s  = 1/{time / wc:F1} of wc -w");
        foreach (var (name, program, arguments) in commands)
        {
            var start = await BestOfAsync("taskset", ["-c", "0", program, .. arguments, "extract", "--parallelism", "1", EmptyFolder(folder)], expected: "");
            Console.WriteLine($"  {$"extract ({name}), no articles",-32} {start.TotalMilliseconds,8:F0} ms  (with the three above: {(floor.Total + start).TotalSeconds:F2} s of the {wc.TotalSeconds * 10:F2} s a tenth of wc -w allows)");
            var oneCore = await BestOfAsync("taskset", ["-c", "0", program, .. arguments, "extract", "--parallelism", "1", folder], expected);
            var allCores = await BestOfAsync(program, [.. arguments, "extract", folder], expected);
            Console.WriteLine($"  {$"extract ({name}), one core",-32} {megabytes / oneCore.TotalSeconds,8:F1} MB/s  = 1/{oneCore / wc:F0} of wc -w");
            Console.WriteLine($"  {$"extract ({name}), {Environment.ProcessorCount} cores",-32} {megabytes / allCores.TotalSeconds,8:F1} MB/s  = x{oneCore / allCores:F2} one core");
        }
    }

    private static string EmptyFolder(string folder) => Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(folder)!, "empty")).FullName;

    /// <summary>
    /// The articles of the keyed test corpora (news-like text written for this project, longer and more varied than the
    /// generated ones), copied under new names until they are as many bytes as the generated corpus; the command must
    /// print what the extractor in process makes of each.
    /// </summary>
    private static async Task<(string Folder, string OneFile, List<ArticleGraph> Expected, int Files)> WriteNewsLikeCorpusAsync(string work, long bytes)
    {
        var corpora = Path.Combine(Repository.Root, "tests", "GeoGraph.Extraction.Tests", "Corpus");
        var texts = Directory.GetFiles(corpora, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var folder = Directory.CreateDirectory(Path.Combine(work, "news")).FullName;
        var extractor = new ArticleExtractor();
        var (all, expected, copies, written) = (new StringBuilder(), new List<ArticleGraph>(), 0, 0L);
        while (written < bytes)
        {
            var text = texts[copies % texts.Count];
            var name = $"news-{copies++:D6}.txt";
            await File.WriteAllTextAsync(Path.Combine(folder, name), text);
            all.Append(text);
            expected.Add(extractor.Extract(name, text));
            written += Encoding.UTF8.GetByteCount(text);
        }
        var oneFile = Path.Combine(work, "news.txt");
        await File.WriteAllTextAsync(oneFile, all.ToString());
        return (folder, oneFile, expected, copies);
    }

    /// <summary>What the in-process extractor makes of the corpus, in file-name order, which must also read the corpus right.</summary>
    private static List<ArticleGraph> ExpectedGraphs(Corpus corpus)
    {
        var extractor = new ArticleExtractor();
        var graphs = corpus.Articles.OrderBy(a => a.FileName, StringComparer.Ordinal).Select(a => extractor.Extract(a.FileName, a.Text)).ToList();
        corpus.Check(graphs);
        return graphs;
    }

    /// <summary>The records the command must print for the graphs, one line each.</summary>
    private static string Lines(IEnumerable<ArticleGraph> graphs)
    {
        var output = new StringBuilder();
        foreach (var graph in graphs) output.Append(ArticleJson.Serialize(graph)).Append('\n');
        return output.ToString();
    }

    private static long AllocatedPer100Articles(Corpus corpus)
    {
        var extractor = new ArticleExtractor();
        foreach (var article in corpus.Articles.Take(100)) extractor.Extract(article.FileName, article.Text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var article in corpus.Articles) extractor.Extract(article.FileName, article.Text);
        return (GC.GetAllocatedBytesForCurrentThread() - before) * 100 / corpus.Articles.Count;
    }

    private static async Task<string> PublishNativeAsync(string work)
    {
        var output = Path.Combine(work, "cli-native");
        var project = Path.Combine(Repository.Root, "src", "GeoGraph.Cli");
        await RunAsync("dotnet", ["publish", project, "-c", "Release", "-r", "linux-x64", "-o", output,
            // Its restore and intermediate files stay in the work folder, out of the way of the repository's own builds.
            "--artifacts-path", Path.Combine(work, "cli-native-build"), "--nologo", "-v", "quiet"]);
        return Path.Combine(output, "geograph");
    }

    /// <summary>
    /// The shortest of several runs, from process start to exit; the output, where given, must match exactly. The
    /// command writes straight to a file, as <c>command &gt; file</c> would, and the file is compared after the clock stops:
    /// read through a pipe by this process, the 70 MB of records cost this process a core's time during the run.
    /// </summary>
    private static async Task<TimeSpan> BestOfAsync(string program, string[] arguments, string? expected)
    {
        var best = TimeSpan.MaxValue;
        var outputFile = Path.GetTempFileName();
        try
        {
            for (var run = 0; run < Runs; run++)
            {
                var watch = Stopwatch.StartNew();
                await RunAsync("sh", ["-c", "exec \"$@\" > \"$GEOGRAPH_BENCH_OUTPUT\"", "sh", program, .. arguments], outputFile);
                var elapsed = watch.Elapsed;
                if (expected is not null && await File.ReadAllTextAsync(outputFile) != expected)
                    throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} printed other records than the extractor.");
                if (elapsed < best) best = elapsed;
            }
            return best;
        }
        finally
        {
            File.Delete(outputFile);
        }
    }

    private static async Task RunAsync(string program, string[] arguments, string? outputFile = null)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (outputFile is not null) start.Environment["GEOGRAPH_BENCH_OUTPUT"] = outputFile;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {program}.");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {await error}");
    }
}
