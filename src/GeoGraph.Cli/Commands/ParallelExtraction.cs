using System.CommandLine;
using GeoGraph.Extraction;
using GeoGraph.Extraction.Model;
using GeoGraph.Ingestion.Files;

namespace GeoGraph.Cli.Commands;

/// <summary>One article the command line named: what was made of it, or why it could not be read.</summary>
internal sealed record NamedArticle<T>(string Path, T? Result, string? Error) where T : class;

/// <summary>
/// Reads and extracts the articles the command line names on several cores at once, yielding each in path order as
/// soon as it and those before it are done (<see cref="OrderedWork{TItem, TResult}"/>). A bounded window of articles is
/// in hand at any time, so output streams from the first article on and memory does not grow with the corpus. (PLINQ's
/// ordered merge over a load-balancing partitioner, used before that, held every result until the last was done.)
/// </summary>
internal static class ParallelExtraction
{
    private const int MostCores = 512;
    private const int ArticlesAheadPerCore = 8;

    public static IEnumerable<NamedArticle<T>> Run<T>(IEnumerable<string> paths, int parallelism, Func<ArticleGraph, T> make, CancellationToken cancellationToken)
        where T : class
    {
        var extractor = new ArticleExtractor();
        // Read once, and only if a path is relative: a command given full paths runs even where its directory is gone.
        var workingDirectory = new Lazy<string>(() => Environment.CurrentDirectory);
        using var work = new OrderedWork<string, NamedArticle<T>>(ArticleFileReader.Expand(paths), path => Extract(path, workingDirectory, extractor, make),
            parallelism, parallelism * ArticlesAheadPerCore, cancellationToken);
        foreach (var article in work.Results()) yield return article;
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

    /// <remarks>
    /// A relative path is read as a full one made here from the working directory read once: .NET asks the system for the
    /// working directory each time it opens a file by a relative path, one system call in six of reading an article.
    /// </remarks>
    private static NamedArticle<T> Extract<T>(string path, Lazy<string> workingDirectory, ArticleExtractor extractor, Func<ArticleGraph, T> make) where T : class
    {
        var fullPath = Path.IsPathFullyQualified(path) ? path : Path.GetFullPath(path, workingDirectory.Value);
        var (article, error) = ArticleFileReader.TryReadText(fullPath);
        return article is { } read ? new NamedArticle<T>(path, make(extractor.Extract(read.Name, read.Text)), null) : new NamedArticle<T>(path, null, error);
    }
}
