namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// Prepares a folder's files, a few ahead of the worker's loop and on other threads, and hands them out in the loop's
/// order: extraction, the bulk of the work, runs on several cores while the loop's ledger and store writes stay one
/// at a time and in order. At most <c>depth</c> files are prepared at once, the one the loop waits for included.
/// A file may change between its read and its turn; the loop then writes what was read, and the next scan, which
/// sees a new size or write time, reads it again. Disposing stops the preparations still running.
/// </summary>
public sealed class ReadAhead : IDisposable
{
    private readonly Func<string, CancellationToken, Task<PreparedArticle>> _prepare;
    private readonly IReadOnlyList<string> _files;
    private readonly int _depth;
    private readonly CancellationTokenSource _stop;
    private readonly Queue<Task<PreparedArticle>> _started = new();
    private int _next;

    public ReadAhead(Func<string, CancellationToken, Task<PreparedArticle>> prepare, IReadOnlyList<string> files, int depth, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        _prepare = prepare;
        _files = files;
        _depth = depth;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>The next file in order, once prepared; a stop ends the wait at once, whatever the preparation is doing.</summary>
    public async Task<PreparedArticle> NextAsync()
    {
        while (_started.Count < _depth && _next < _files.Count)
        {
            var path = _files[_next++];
            var token = _stop.Token;
            _started.Enqueue(Task.Run(() => _prepare(path, token), token));
        }
        if (!_started.TryDequeue(out var next)) throw new InvalidOperationException("Every file has been handed out.");
        return await next.WaitAsync(_stop.Token);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
