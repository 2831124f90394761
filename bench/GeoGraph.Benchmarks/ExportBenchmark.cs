using System.Diagnostics;
using System.Text.Json;
using GeoGraph.Cli.Export;
using GeoGraph.Cli.Generation;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Graph.Stories;
using Microsoft.VisualBasic.FileIO;

namespace GeoGraph.Benchmarks;

/// <summary>
/// <c>geograph export --format neo4j-admin</c> of N generated articles (three in ten syndicated copies) from files on
/// disk, in a fresh process so that its time and peak working set are its own. Fails unless every article is exported and
/// the stories in articles.csv reach 0.98 precision and recall against the generator's key.
/// </summary>
internal static class ExportBenchmark
{
    private const double SyndicatedShare = 0.3;

    public sealed record Result(int Articles, int Written, int SameBytes, double Seconds, long PeakWorkingSetBytes);

    public static async Task<int> RunAsync(int articles)
    {
        var root = Directory.CreateTempSubdirectory("geograph-export-bench-").FullName;
        try
        {
            var (folder, output) = (Path.Combine(root, "articles"), Path.Combine(root, "out"));
            Directory.CreateDirectory(folder);
            var watch = Stopwatch.StartNew();
            var truth = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var article in new CorpusGenerator(KnowledgeBase.Default, seed: 15).Generate(articles, "export", SyndicatedShare))
            {
                await File.WriteAllTextAsync(Path.Combine(folder, article.FileName), article.Text);
                truth[Path.GetFileNameWithoutExtension(article.FileName)] = Path.GetFileNameWithoutExtension(article.Story);
            }
            Console.WriteLine($"generated {articles} articles in {watch.Elapsed.TotalSeconds:F0} s");

            var result = await FreshProcess.MeasureAsync<Result>(["export-measure", folder, output]);
            var score = StoryScore.Of(FiledStories(Path.Combine(output, ImportFiles.Articles)).Select(a => (truth[a.Id], a.Story)));
            Console.WriteLine($"exported {result.Written} of {articles} articles ({result.SameBytes} the same bytes as another) in {result.Seconds:F1} s ({result.Written / result.Seconds:F0} articles/s on {Environment.ProcessorCount} cores), "
                + $"peak working set {result.PeakWorkingSetBytes / 1e6:F0} MB; stories: {score}");
            // The generator can write the same short article twice; the export, as ingestion, keeps one of them.
            return result.Written + result.SameBytes == articles && score.Precision >= 0.98 && score.Recall >= 0.98 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The export itself, in the process the parent measures, with the files in the order the command takes them.</summary>
    public static int Measure(string folder, string output)
    {
        var watch = Stopwatch.StartNew();
        var export = new AdminImportExport(output, Environment.ProcessorCount, StoryOptions.DefaultThreshold, TimeProvider.System);
        var summary = export.Run(GeoGraph.Ingestion.Files.ArticleFileReader.Expand([folder]), (path, reason) => Console.Error.WriteLine($"{path}: {reason}"), default);
        var seconds = watch.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(JsonSerializer.Serialize(new Result(summary.Files, summary.Articles, summary.SameBytes, seconds, self.PeakWorkingSet64)));
        return summary.Unreadable == 0 ? 0 : 1;
    }

    private static IEnumerable<(string Id, string Story)> FiledStories(string articlesCsv)
    {
        using var parser = new TextFieldParser(articlesCsv) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var (id, story) = (Array.IndexOf(header, "id:ID(Article)"), Array.IndexOf(header, "story"));
        while (parser.ReadFields() is { } fields) yield return (fields[id], fields[story]);
    }
}
