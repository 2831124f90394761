using GeoGraph.Graph;
using GeoGraph.Ingestion.Files;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// Loads one file: read and decode, skip it if the store already holds this content, extract, upsert.
/// A file that cannot be an article is quarantined; a store failure leaves the file to be tried again.
/// </summary>
public sealed class ArticleIngestor(
    ArticleLoader loader,
    Quarantine quarantine,
    IngestionStatus status,
    IOptions<IngestionOptions> options,
    ILogger<ArticleIngestor> logger)
{
    /// <summary>Ingests one file of <paramref name="folder"/>; a file the worker owns (the inbox's) is moved when set aside.</summary>
    public async Task<IngestionOutcome> IngestAsync(string path, string folder, bool ownsFile, CancellationToken cancellationToken)
    {
        var articleId = ArticleRecord.IdFor(path);
        IngestionOutcome outcome;
        try
        {
            RefuseLinkOutOf(folder, path);
            var article = await ReadAsync(path, cancellationToken);
            outcome = await loader.LoadAsync(article, cancellationToken);
        }
        catch (UnreadableArticleException ex)
        {
            await quarantine.SetAsideAsync(path, ex.Reason, move: ownsFile, cancellationToken);
            logger.LogWarning("Quarantined {File}: {Reason}", Path.GetFileName(path), ex.Reason);
            outcome = new IngestionOutcome(path, articleId, IngestionState.Quarantined, Reason: ex.Reason);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or GraphStoreUnavailableException)
        {
            logger.LogWarning("Could not load {File} now, will retry: {Reason}", Path.GetFileName(path), ex.Message);
            outcome = new IngestionOutcome(path, articleId, IngestionState.Failed, Reason: ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Loading {File} failed; it will be tried again when it changes or the worker restarts", Path.GetFileName(path));
            outcome = new IngestionOutcome(path, articleId, IngestionState.Failed, Reason: ex.Message);
        }
        status.Record(outcome);
        return outcome;
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
