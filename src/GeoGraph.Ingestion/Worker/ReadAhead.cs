namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// Prepares a folder's files, extraction included, a few ahead of the worker's loop and on other threads, handing
/// them out in the loop's order: extraction, the bulk of the work, runs on every core while the loop's ledger and
/// store writes stay one at a time and in order. A file read ahead and then found already known was extracted for
/// nothing; that is rare (a renamed or copied file), and costs time, never a wrong answer.
/// </summary>
public sealed class ReadAhead(ArticlePreparer preparer, IReadOnlyList<string> files, string folder, int depth, CancellationToken cancellationToken)
{
    private readonly Queue<Task<PreparedArticle>> _started = new();
    private int _next;

    /// <summary>The next file in order, once prepared; the files after it keep being prepared meanwhile.</summary>
    public async Task<PreparedArticle> NextAsync()
    {
        StartMore();
        if (!_started.TryDequeue(out var next)) throw new InvalidOperationException("Every file has been handed out.");
        StartMore();
        return await next;
    }

    private void StartMore()
    {
        while (_started.Count < depth && _next < files.Count)
        {
            var path = files[_next++];
            _started.Enqueue(Task.Run(() => preparer.PrepareAsync(path, folder, extract: true, cancellationToken), cancellationToken));
        }
    }
}
