using System.Collections.Concurrent;
using System.CommandLine;
using GeoGraph.Extraction;
using GeoGraph.Extraction.Model;
using GeoGraph.Ingestion.Files;

namespace GeoGraph.Cli.Commands;

/// <summary>One article the command line named: what was made of it, or why it could not be read.</summary>
internal sealed record NamedArticle<T>(string Path, T? Result, string? Error) where T : class;

/// <summary>
/// Reads and extracts the articles the command line names on several cores at once, yielding them in path order.
/// Articles are handed out a few at a time rather than in one range a core, so that a finished article waits only for
/// the few before it.
/// </summary>
internal static class ParallelExtraction
{
    private const int MostCores = 512;

    public static IEnumerable<NamedArticle<T>> Run<T>(IEnumerable<string> paths, int parallelism, Func<ArticleGraph, T> make, CancellationToken cancellationToken)
        where T : class
    {
        var extractor = new ArticleExtractor();
        return Partitioner.Create(ArticleFileReader.Expand(paths).ToList(), loadBalance: true)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(parallelism).WithCancellation(cancellationToken)
            .Select(path => Extract(path, extractor, make));
    }

    /// <summary>The option that sets how many articles are extracted at once.</summary>
    public static Option<int> ParallelismOption()
    {
        var option = new Option<int>("--parallelism")
        {
            Description = "How many articles to extract at once (default: one per core)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > MostCores) result.AddError($"--parallelism must be between 1 and {MostCores}.");
        });
        return option;
    }

    private static NamedArticle<T> Extract<T>(string path, ArticleExtractor extractor, Func<ArticleGraph, T> make) where T : class
    {
        var (article, error) = ArticleFileReader.TryRead(path);
        return article is null ? new NamedArticle<T>(path, null, error) : new NamedArticle<T>(path, make(extractor.Extract(article.Name, article.Text)), null);
    }
}
