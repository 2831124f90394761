using GeoGraph.Extraction;
using GeoGraph.Extraction.Model;
using GeoGraph.Ingestion.Files;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// Reads and extracts the articles the command line names on several cores at once, yielding them in path order; an
/// unreadable file is reported on stderr and yields null.
/// </summary>
internal static class ArticleSource
{
    public static IEnumerable<T?> Extract<T>(IEnumerable<string> paths, int parallelism, Func<ArticleGraph, T> project, CancellationToken cancellationToken)
        where T : class
    {
        var extractor = new ArticleExtractor();
        return ArticleFileReader.Expand(paths).ToList()
            .AsParallel().AsOrdered().WithDegreeOfParallelism(parallelism).WithCancellation(cancellationToken)
            .Select(path => Read(path) is { } article ? project(extractor.Extract(article.Name, article.Text)) : null);
    }

    /// <summary>The option that sets how many articles are extracted at once; one core per article.</summary>
    public static System.CommandLine.Option<int> ParallelismOption() => new("--parallelism")
    {
        Description = "How many articles to extract at once",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private static ArticleFile? Read(string path)
    {
        try
        {
            return ArticleFileReader.Decode(path, File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is UnreadableArticleException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {path}: {(ex as UnreadableArticleException)?.Reason ?? ex.Message}");
            return null;
        }
    }
}
