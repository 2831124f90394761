using GeoGraph.Extraction;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Ledger;
using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// Reads a file of a folder as an article, refusing links out of the folder and files over the size limit, and
/// extracts it when asked to. It touches neither the ledger nor the store, so it may run on any thread.
/// </summary>
public sealed class ArticlePreparer(Lazy<ArticleExtractor> extractor, IOptions<IngestionOptions> options)
{
    public async Task<PreparedArticle> PrepareAsync(string path, string folder, bool extract, CancellationToken cancellationToken)
    {
        var stamp = default(FileStamp);
        try
        {
            RefuseLinkOutOf(folder, path);
            stamp = FileStamp.Of(new FileInfo(path));
            var article = await ReadAsync(path, cancellationToken);
            var graph = extract ? extractor.Value.Extract(article.Name, article.Text) : null;
            return new PreparedArticle(path, stamp, article, graph, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new PreparedArticle(path, stamp, null, null, ex);
        }
    }

    /// <summary>A symbolic link may point only inside the folder it sits in: the inbox is not a way to read other files.</summary>
    private static void RefuseLinkOutOf(string folder, string path)
    {
        if (new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) is not { } target) return;
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!Path.GetFullPath(target.FullName).StartsWith(root, StringComparison.Ordinal))
            throw new UnreadableArticleException(path, $"a symbolic link leading out of {folder} is refused");
    }

    private async Task<ArticleFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = RegularFile.OpenRead(path);
        if (file.Length > options.Value.MaxArticleBytes)
            throw new UnreadableArticleException(path, $"{file.Length} bytes is over the {options.Value.MaxArticleBytes}-byte limit per article");
        return await ArticleFileReader.ReadAsync(file, path, cancellationToken);
    }
}
