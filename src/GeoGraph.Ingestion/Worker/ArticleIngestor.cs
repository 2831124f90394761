using GeoGraph.Graph;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Ledger;
using Microsoft.Extensions.Logging;

namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// Keeps the store a mirror of the folders, one file at a time: a store write sits between a Pending ledger row and
/// the final one, so a crash in between is repaired by the next look at the file. The content hash is an article's identity:
/// a renamed or copied file holds the article it already was; a file whose article no file holds any more takes the
/// article out of the store. A file that cannot be an article is quarantined; a store failure leaves it to be retried.
/// </summary>
public sealed class ArticleIngestor(
    ArticlePreparer preparer,
    ArticleLoader loader,
    IGraphStore store,
    IngestionLedger ledger,
    Quarantine quarantine,
    IngestionStatus status,
    TimeProvider clock,
    ILogger<ArticleIngestor> logger)
{
    /// <summary>Ingests one file of <paramref name="folder"/>; a file the worker owns (the inbox's) is moved when set aside.</summary>
    public async Task<IngestionOutcome> IngestAsync(string path, string folder, bool ownsFile, CancellationToken cancellationToken) =>
        await IngestAsync(await preparer.PrepareAsync(path, folder, extractAhead: _ => false, cancellationToken), ownsFile, cancellationToken);

    /// <summary>Ingests a file already read, and perhaps extracted, by <see cref="ArticlePreparer"/>.</summary>
    public async Task<IngestionOutcome> IngestAsync(PreparedArticle prepared, bool ownsFile, CancellationToken cancellationToken)
    {
        var path = prepared.Path;
        var entry = ledger.Get(path);
        IngestionOutcome outcome;
        try
        {
            outcome = await LoadAsync(prepared.Open(), prepared.Extracted, entry, prepared.Stamp, cancellationToken);
        }
        catch (UnreadableArticleException ex)
        {
            outcome = await QuarantineAsync(path, entry, ex.Reason, ownsFile, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or GraphStoreUnavailableException)
        {
            logger.LogWarning("Could not load {File} now, will retry: {Reason}", Path.GetFileName(path), ex.Message);
            outcome = new IngestionOutcome(path, entry?.ArticleId ?? ArticleRecord.IdFor(path), IngestionState.Failed, Reason: ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Loading {File} failed; it will be tried again when it changes or the worker restarts", Path.GetFileName(path));
            outcome = new IngestionOutcome(path, entry?.ArticleId ?? ArticleRecord.IdFor(path), IngestionState.Failed, Reason: ex.Message);
        }
        status.Record(outcome);
        return outcome;
    }

    /// <summary>A file gone from its folder: its article goes too, unless another file holds the same article.</summary>
    public async Task<IngestionOutcome> RemoveAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        IngestionOutcome outcome;
        try
        {
            if (entry.ArticleId is { } articleId) await ReleaseAsync(articleId, entry.File, cancellationToken);
            ledger.Forget(entry.File);
            outcome = new IngestionOutcome(entry.File, entry.ArticleId ?? "", IngestionState.Removed);
        }
        catch (GraphStoreUnavailableException ex)
        {
            logger.LogWarning("Could not remove the article of {File} now, will retry: {Reason}", Path.GetFileName(entry.File), ex.Message);
            outcome = new IngestionOutcome(entry.File, entry.ArticleId ?? "", IngestionState.Failed, Reason: ex.Message);
        }
        status.Record(outcome);
        return outcome;
    }

    private async Task<IngestionOutcome> LoadAsync(ArticleFile article, ExtractedArticle? extracted, LedgerEntry? entry, FileStamp stamp, CancellationToken cancellationToken)
    {
        var metadata = (Published: article.Metadata?.Published?.ToString("yyyy-MM-dd"), article.Metadata?.Source);
        if (entry is { Status: LedgerStatus.Ingested, ArticleId: { } known } && entry.ContentHash == article.ContentHash)
        {
            ledger.Record(entry with { Stamp = stamp });
            return new IngestionOutcome(article.Path, known, IngestionState.Unchanged);
        }
        if (ledger.ArticleWithContent(article.ContentHash) is { } same)
        {
            if (entry?.ArticleId is { } previous && previous != same) await ReleaseAsync(previous, article.Path, cancellationToken);
            ledger.Record(new LedgerEntry(article.Path, same, article.ContentHash, stamp, LedgerStatus.Ingested, null, clock.GetUtcNow(), metadata.Published, metadata.Source));
            return new IngestionOutcome(article.Path, same, IngestionState.Unchanged, Reason: $"the same bytes as article {same}");
        }
        var articleId = entry?.ArticleId is { } own && !ledger.IsHeldElsewhere(own, article.Path)
            ? own
            : ArticleIds.Allocate(article.Name, ledger.IsTaken);
        if (entry?.ArticleId is { } replaced && replaced != articleId) await ReleaseAsync(replaced, article.Path, cancellationToken);
        // Pending first: were the process killed after the store write, the next start still knows this file holds the
        // article, and takes the article out should the file be gone by then.
        var pending = new LedgerEntry(article.Path, articleId, article.ContentHash, stamp, LedgerStatus.Pending, null, clock.GetUtcNow(), metadata.Published, metadata.Source);
        ledger.Record(pending);
        var outcome = await loader.LoadAsync(article, cancellationToken, articleId, extracted);
        ledger.Record(pending with { Status = LedgerStatus.Ingested, At = clock.GetUtcNow(), Published = outcome.Published ?? metadata.Published });
        return outcome;
    }

    private async Task<IngestionOutcome> QuarantineAsync(string path, LedgerEntry? entry, string reason, bool move, CancellationToken cancellationToken)
    {
        var stamp = File.Exists(path) ? FileStamp.Of(new FileInfo(path)) : default;
        var target = await quarantine.SetAsideAsync(path, reason, move, cancellationToken);
        logger.LogWarning("Quarantined {File}: {Reason}", Path.GetFileName(path), reason);
        if (entry?.ArticleId is { } previous) await ReleaseAsync(previous, path, cancellationToken);
        if (move) ledger.Forget(path);
        var at = clock.GetUtcNow();
        ledger.Record(new LedgerEntry(move ? target : path, null, null, stamp, LedgerStatus.Quarantined, reason, at));
        return new IngestionOutcome(path, ArticleRecord.IdFor(path), IngestionState.Quarantined, Reason: reason) { At = at };
    }

    /// <summary>Takes an article out of the store unless a file other than <paramref name="file"/> still holds it.</summary>
    private async Task ReleaseAsync(string articleId, string file, CancellationToken cancellationToken)
    {
        if (!ledger.IsHeldElsewhere(articleId, file)) await store.RemoveArticleAsync(articleId, cancellationToken);
    }
}
