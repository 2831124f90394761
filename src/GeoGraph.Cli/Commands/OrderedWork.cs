using System.Runtime.ExceptionServices;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// Work items done on several threads and handed back in their order, a bounded window of them in hand at once. The
/// thread that reads the results helps: while the next one in order is not ready, it takes an item itself rather than
/// sleep, and sleeps only when every item left is in other hands.
/// </summary>
/// <remarks>
/// A task on the thread pool for each article, used before, cost each a scheduling, a wake-up of the reading thread and
/// spinning by idle pool threads: 20,000 small articles on two cores took 6% longer than with this (README, Performance).
/// Here the helpers are threads of their own for the whole run, and a thread is woken only when one waits.
/// </remarks>
internal sealed class OrderedWork<TItem, TResult> : IDisposable where TResult : class
{
    private readonly IEnumerator<TItem> _items;
    private readonly Func<TItem, TResult> _work;
    private readonly TResult?[] _done;
    private readonly Thread[] _helpers;
    private readonly CancellationToken _cancellationToken;
    private readonly object _gate = new();
    private long _taken;
    private long _handedBack;
    private bool _noMoreItems;
    private bool _stopping;
    private int _waiting;
    private Exception? _helperFailure;

    /// <param name="threads">Threads that do the work, the reading thread one of them.</param>
    /// <param name="window">How many items may be taken beyond the last result handed back.</param>
    public OrderedWork(IEnumerable<TItem> items, Func<TItem, TResult> work, int threads, int window, CancellationToken cancellationToken)
    {
        _items = items.GetEnumerator();
        _work = work;
        _done = new TResult?[window];
        _cancellationToken = cancellationToken;
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
                ThrowIfStopped();
                var slot = (int)(_handedBack % _done.Length);
                if (_done[slot] is { } ready)
                {
                    _done[slot] = null;
                    _handedBack++;
                    WakeWaiting();
                    return ready;
                }
                if (!TryTake(out taken, out item))
                {
                    if (_noMoreItems && _handedBack == _taken) return null;
                    Wait();
                    continue;
                }
            }
            Complete(taken, _work(item));
        }
    }

    private void Help()
    {
        try
        {
            while (TakeOrWait() is var (taken, item, any) && any) Complete(taken, _work(item));
        }
        catch (Exception failure)
        {
            lock (_gate)
            {
                _helperFailure ??= failure;
                _stopping = true;
                WakeWaiting();
            }
        }
    }

    /// <summary>A helper's next item, waiting for room in the window; none when the items are done or the work stops.</summary>
    private (long Taken, TItem Item, bool Any) TakeOrWait()
    {
        lock (_gate)
        {
            while (true)
            {
                if (TryTake(out var taken, out var item)) return (taken, item, true);
                if (_noMoreItems || _stopping || _cancellationToken.IsCancellationRequested) return default;
                Wait();
            }
        }
    }

    /// <summary>Takes the next item, if there is one and the window has room for it. Called holding the gate.</summary>
    private bool TryTake(out long taken, out TItem item)
    {
        (taken, item) = (_taken, default!);
        if (_noMoreItems || _stopping || _taken - _handedBack >= _done.Length || _cancellationToken.IsCancellationRequested) return false;
        if (!_items.MoveNext())
        {
            _noMoreItems = true;
            WakeWaiting();
            return false;
        }
        item = _items.Current;
        _taken++;
        return true;
    }

    private void Complete(long taken, TResult result)
    {
        lock (_gate)
        {
            _done[(int)(taken % _done.Length)] = result;
            WakeWaiting();
        }
    }

    private void ThrowIfStopped()
    {
        // Thrown as it was, with its stack, whichever thread did the item.
        if (_helperFailure is { } failure) ExceptionDispatchInfo.Throw(failure);
        _cancellationToken.ThrowIfCancellationRequested();
    }

    private void Wait()
    {
        _waiting++;
        try
        {
            // Bounded, so that a cancellation, which pulses no one, is seen.
            Monitor.Wait(_gate, TimeSpan.FromMilliseconds(100));
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

    public void Dispose()
    {
        lock (_gate)
        {
            _stopping = true;
            WakeWaiting();
        }
        foreach (var helper in _helpers) helper.Join();
        _items.Dispose();
    }
}
