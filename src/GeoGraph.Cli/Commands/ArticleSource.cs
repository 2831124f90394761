using System.Runtime.CompilerServices;
using GeoGraph.Ingestion.Files;

namespace GeoGraph.Cli.Commands;

/// <summary>Reads the articles the command line names; an unreadable file is reported on stderr and yields null.</summary>
internal static class ArticleSource
{
    public static async IAsyncEnumerable<ArticleFile?> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in ArticleFileReader.Expand(paths).ToList())
        {
            ArticleFile? article;
            try
            {
                article = await ArticleFileReader.ReadAsync(path, cancellationToken);
            }
            catch (Exception ex) when (ex is UnreadableArticleException or IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"error: {path}: {(ex as UnreadableArticleException)?.Reason ?? ex.Message}");
                article = null;
            }
            yield return article;
        }
    }
}
