using System.Runtime.ExceptionServices;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// Work items done on several threads and handed back in their order, at most a window of them taken beyond the last
/// result handed back. The thread that reads the results works too: while the next one in order is not ready it takes an
/// item itself, and sleeps only when none can be taken (all taken, or the window full).
/// </summary>
/// <remarks>
/// A task on the thread pool for each article, used before, cost each a scheduling, a wake-up of the reading thread and
/// spinning by idle pool threads: 20,000 small articles on two cores took 6% longer than with this (README, Performance).
/// Here the helpers are threads of their own for the whole run, started with it, and a sleeping thread is woken only by
/// a change it waits for or by cancellation. A failure — of an item's work or of the items' enumeration — is thrown to
/// the reader where its item stands, after every result before it, as it was thrown and with its stack. The items are
/// enumerated holding the lock: a folder's listing stalls the threads while it is read.
/// </remarks>
internal sealed class OrderedWork<TItem, TResult> : IDisposable where TResult : class
{
    private readonly IEnumerator<TItem> _items;
    private readonly Func<TItem, TResult> _work;
    private readonly TResult?[] _done;
    private readonly Thread[] _helpers;
    private readonly CancellationToken _cancellationToken;
    private readonly CancellationTokenRegistration _onCancel;
    private readonly object _gate = new();
    private long _taken;
    private long _handedBack;
    private bool _noMoreItems;
    private bool _disposed;
    private int _waiting;
    // The failure of the earliest item that failed; items after it are not taken.
    private (long Item, ExceptionDispatchInfo Failure)? _failed;

    /// <param name="threads">Threads that do the work, the reading thread one of them.</param>
    /// <param name="window">How many items may be taken beyond the last result handed back.</param>
    public OrderedWork(IEnumerable<TItem> items, Func<TItem, TResult> work, int threads, int window, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        _items = items.GetEnumerator();
        _work = work;
        _done = new TResult?[window];
        _cancellationToken = cancellationToken;
        _onCancel = cancellationToken.Register(WakeAll);
        _helpers = new Thread[threads - 1];
        for (var i = 0; i < _helpers.Length; i++)
        {
            _helpers[i] = new Thread(Help) { IsBackground = true, Name = $"ordered work {i + 1}" };
            _helpers[i].Start();
        }
    }

    /// <summary>The results in the order of their items.</summary>
    public IEnumerable<TResult> Results()
    {
        while (Next() is { } result) yield return result;
    }

    private TResult? Next()
    {
        while (true)
        {
            long taken;
            TItem item;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                var slot = (int)(_handedBack % _done.Length);
                if (_done[slot] is { } ready)
                {
                    _done[slot] = null;
                    _handedBack++;
                    WakeWaiting();
                    return ready;
                }
                if (_failed is var (failedItem, failure) && failedItem == _handedBack) failure.Throw();
                _cancellationToken.ThrowIfCancellationRequested();
                if (!TryTake(out taken, out item))
                {
                    if (_noMoreItems && _handedBack == _taken && _failed is null) return null;
                    // Not if taking just met the failure of the item due next: it is thrown at the top.
                    if (_failed?.Item != _handedBack) Wait();
                    continue;
                }
            }
            Do(taken, item);
        }
    }

    private void Help()
    {
        while (TakeOrWait() is var (taken, item, any) && any) Do(taken, item);
    }

    /// <summary>A helper's next item, waiting for room in the window; none when the items are done or the work stops.</summary>
    private (long Taken, TItem Item, bool Any) TakeOrWait()
    {
        lock (_gate)
        {
            while (true)
            {
                if (TryTake(out var taken, out var item)) return (taken, item, true);
                if (_noMoreItems || Stopping) return default;
                Wait();
            }
        }
    }

    /// <summary>Whether no more items are to be taken, whatever is left. Read holding the gate.</summary>
    private bool Stopping => _disposed || _failed is not null || _cancellationToken.IsCancellationRequested;

    /// <summary>Takes the next item, if there is one and the window has room for it. Called holding the gate.</summary>
    private bool TryTake(out long taken, out TItem item)
    {
        (taken, item) = (_taken, default!);
        if (_noMoreItems || Stopping || _taken - _handedBack >= _done.Length) return false;
        try
        {
            if (!_items.MoveNext())
            {
                _noMoreItems = true;
                WakeWaiting();
                return false;
            }
        }
        catch (Exception failure)
        {
            // Recorded here, holding the gate, so that no thread reads the broken enumeration's end as the items' end.
            Fail(_taken, failure);
            return false;
        }
        item = _items.Current;
        _taken++;
        return true;
    }

    private void Do(long taken, TItem item)
    {
        TResult? result;
        try
        {
            result = _work(item) ?? throw new InvalidOperationException("The work gave no result.");
        }
        catch (Exception failure)
        {
            lock (_gate) Fail(taken, failure);
            return;
        }
        lock (_gate)
        {
            _done[(int)(taken % _done.Length)] = result;
            WakeWaiting();
        }
    }

    /// <summary>Records the failure of an item, if no earlier item failed. Called holding the gate.</summary>
    private void Fail(long item, Exception failure)
    {
        if (_failed is null || item < _failed.Value.Item) _failed = (item, ExceptionDispatchInfo.Capture(failure));
        WakeWaiting();
    }

    private void Wait()
    {
        _waiting++;
        try
        {
            Monitor.Wait(_gate);
        }
        finally
        {
            _waiting--;
        }
    }

    private void WakeWaiting()
    {
        if (_waiting > 0) Monitor.PulseAll(_gate);
    }

    private void WakeAll()
    {
        lock (_gate) WakeWaiting();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            WakeWaiting();
        }
        _onCancel.Dispose();
        foreach (var helper in _helpers) helper.Join();
        _items.Dispose();
    }
}
