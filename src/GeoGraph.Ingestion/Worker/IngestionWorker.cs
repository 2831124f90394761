using GeoGraph.Graph;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Ledger;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// Loads the seeds, then the inbox, reports ready, and from then on watches the inbox for new or changed
/// *.txt files (a file-system notification or the poll interval, whichever comes first).
/// </summary>
public sealed class IngestionWorker(
    ArticlePreparer preparer,
    ArticleIngestor ingestor,
    InboxWriter inboxWriter,
    IngestionLedger ledger,
    IngestionStatus status,
    PathResolver paths,
    IOptions<IngestionOptions> options,
    TimeProvider clock,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    private readonly FileSettling _files = new(options.Value.SettleTime, clock);
    private readonly SemaphoreSlim _changed = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seeds = Path.GetFullPath(paths.Resolve(options.Value.SeedsPath));
        var inbox = Path.GetFullPath(paths.Resolve(options.Value.InboxPath, create: true));
        if (inboxWriter.RemoveInterruptedWrites() is > 0 and var removed)
            logger.LogInformation("Removed {Count} temporary files of submissions interrupted before they were accepted", removed);
        foreach (var entry in ledger.In(seeds).Concat(ledger.In(inbox)).Where(e => e.Status != LedgerStatus.Pending))
            _files.Remember(entry.File, entry.Stamp);
        foreach (var entry in ledger.Entries.Where(e => e.Status == LedgerStatus.Quarantined).ToList())
            status.Record(new IngestionOutcome(entry.File, ArticleRecord.IdFor(entry.File), IngestionState.Quarantined, Reason: entry.Reason) { At = entry.At });
        await IngestFolderAsync(seeds, ownsFiles: false, stoppingToken);
        await IngestFolderAsync(inbox, ownsFiles: true, stoppingToken);
        while (_files.AnyPending && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            await IngestFolderAsync(inbox, ownsFiles: true, stoppingToken);
        }
        status.MarkInitialLoadDone();
        logger.LogInformation("Initial load done; watching {Inbox}", inbox);

        using var watcher = Watch(inbox);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _changed.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            try
            {
                await IngestFolderAsync(inbox, ownsFiles: true, stoppingToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogError("Could not scan {Inbox}: {Reason}; trying again", inbox, ex.Message);
            }
        }
    }

    private async Task IngestFolderAsync(string folder, bool ownsFiles, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Folder {Folder} does not exist; nothing to load from it", folder);
            return;
        }
        var present = Directory.EnumerateFiles(folder).Where(ArticleFileReader.IsArticleFile).Order(StringComparer.Ordinal).ToList();
        var files = present.Where(file => _files.IsReady(file, mustSettle: ownsFiles)).ToList();
        // Content already ingested (a touched or renamed file) is not extracted ahead: the loop finds it unchanged.
        var known = files.Count > 0 ? ledger.IngestedContent() : new HashSet<string>();
        using var ahead = new ReadAhead((path, token) => preparer.PrepareAsync(path, folder, hash => !known.Contains(hash), token),
            files, options.Value.ExtractionParallelism, cancellationToken);
        for (var i = 0; i < files.Count && !cancellationToken.IsCancellationRequested; i++)
        {
            status.BeginFile(files[i]);
            var outcome = await ingestor.IngestAsync(await ahead.NextAsync(), ownsFiles, cancellationToken);
            status.EndFile();
            if (outcome.State == IngestionState.Failed) _files.Forget(files[i]);
            if (outcome.State == IngestionState.Ingested)
                logger.LogInformation("Ingested {N} of {Total}: {File}, {Entities} entities, {Facts} facts",
                    i + 1, files.Count, Path.GetFileName(files[i]), outcome.Entities, outcome.Facts);
        }
        await RemoveVanishedAsync(folder, present, cancellationToken);
    }

    /// <summary>
    /// Removes what files gone from the folder held. It waits while a file is still settling: a renamed file shows up
    /// as a new name before its content is read, and must be matched to its article first, not extracted again.
    /// </summary>
    private async Task RemoveVanishedAsync(string folder, List<string> present, CancellationToken cancellationToken)
    {
        if (_files.AnyPending) return;
        var here = present.ToHashSet(StringComparer.Ordinal);
        foreach (var entry in ledger.In(folder).Where(e => !here.Contains(e.File)))
        {
            if (cancellationToken.IsCancellationRequested) return;
            // A file moved back later keeps its old size and write time; it must be read again, not taken as seen.
            _files.Forget(entry.File);
            var outcome = await ingestor.RemoveAsync(entry, cancellationToken);
            if (outcome.State == IngestionState.Removed)
                logger.LogInformation("{File} is gone; removed article {Article} unless another file holds it", Path.GetFileName(outcome.File), outcome.ArticleId);
        }
    }

    private FileSystemWatcher Watch(string inbox)
    {
        var watcher = new FileSystemWatcher(inbox) { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        FileSystemEventHandler signal = (_, _) => _changed.Release();
        watcher.Created += signal;
        watcher.Changed += signal;
        watcher.Renamed += (_, _) => _changed.Release();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }
}
