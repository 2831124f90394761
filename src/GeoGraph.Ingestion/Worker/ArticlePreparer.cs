using GeoGraph.Extraction;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Ledger;
using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// Reads a file of a folder as an article, refusing links out of the folder and files over the size limit, and
/// extracts it ahead when asked to. It touches neither the ledger nor the store, so it may run on any thread.
/// </summary>
public sealed class ArticlePreparer(Lazy<ArticleExtractor> extractor, IOptions<IngestionOptions> options)
{
    /// <summary>Larger articles are extracted by the loop itself, so that reading ahead holds no more than a few such texts at once.</summary>
    public const int LargestExtractedAhead = 1_000_000;

    /// <summary>
    /// Reads the file; extracts it too when <paramref name="extractAhead"/> says its content is new (a content hash not
    /// yet in the ledger). An extraction that fails here is left to the loop, which extracts again and reports the failure.
    /// </summary>
    public async Task<PreparedArticle> PrepareAsync(string path, string folder, Func<string, bool> extractAhead, CancellationToken cancellationToken)
    {
        var stamp = default(FileStamp);
        ArticleFile article;
        try
        {
            RefuseLinkOutOf(folder, path);
            stamp = FileStamp.Of(new FileInfo(path));
            article = await ReadAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return PreparedArticle.Failed(path, stamp, ex);
        }
        var extracted = article.Text.Length <= LargestExtractedAhead && extractAhead(article.ContentHash) && !cancellationToken.IsCancellationRequested
            ? TryExtract(article)
            : null;
        return PreparedArticle.Read(path, stamp, article, extracted);
    }

    private ExtractedArticle? TryExtract(ArticleFile article)
    {
        try
        {
            return ExtractedArticle.Of(extractor.Value, article);
        }
        catch (Exception)
        {
            return null;
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
