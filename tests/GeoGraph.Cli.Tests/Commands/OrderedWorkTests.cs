using GeoGraph.Cli.Commands;

namespace GeoGraph.Cli.Tests.Commands;

public sealed class OrderedWorkTests
{
    private sealed record Done(int Item, int Thread);

    [Fact]
    public void Hands_back_results_in_the_order_of_their_items_whatever_order_they_finish_in()
    {
        // Items take 0 to 6 ms by turns, so that many finish before earlier ones other threads hold.
        using var work = new OrderedWork<int, Done>(Enumerable.Range(0, 200), item => Slowly(item, (200 - item) % 7), threads: 4, window: 8, CancellationToken.None);

        work.Results().Select(done => done.Item).Should().Equal(Enumerable.Range(0, 200));
    }

    [Fact]
    public void Takes_no_item_more_than_the_window_beyond_the_last_result_handed_back()
    {
        var taken = 0;
        var handedBack = 0;
        var mostAhead = 0;
        using var work = new OrderedWork<int, Done>(Enumerable.Range(0, 100), item =>
        {
            var ahead = Interlocked.Increment(ref taken) - Volatile.Read(ref handedBack);
            InterlockedMax(ref mostAhead, ahead);
            return Slowly(item, 0);
        }, threads: 3, window: 5, CancellationToken.None);

        foreach (var _ in work.Results())
        {
            Thread.Sleep(1);
            Interlocked.Increment(ref handedBack);
        }

        taken.Should().Be(100);
        // Counted here after the reader is handed a result, which frees a place in the window as it is handed over: one more.
        mostAhead.Should().BeInRange(1, 5 + 1);
    }

    [Fact]
    public void On_one_thread_does_every_item_on_the_thread_that_reads_the_results()
    {
        using var work = new OrderedWork<int, Done>(Enumerable.Range(0, 20), item => Slowly(item, 0), threads: 1, window: 4, CancellationToken.None);

        work.Results().Select(done => done.Thread).Should().OnlyContain(thread => thread == Environment.CurrentManagedThreadId);
    }

    [Fact]
    public void Throws_an_item_s_failure_to_the_reader_as_it_was_after_every_result_before_it()
    {
        // Item 3 fails at once while item 0 is still being done: the results before it come first all the same.
        using var work = new OrderedWork<int, Done>(Enumerable.Range(0, 50),
            item => item == 3 ? throw new InvalidDataException($"item {item}") : Slowly(item, item == 0 ? 50 : 1), threads: 3, window: 6, CancellationToken.None);
        var results = new List<int>();

        var reading = () =>
        {
            foreach (var done in work.Results()) results.Add(done.Item);
        };

        reading.Should().Throw<InvalidDataException>().WithMessage("item 3")
            .Which.StackTrace.Should().Contain(nameof(Throws_an_item_s_failure_to_the_reader_as_it_was_after_every_result_before_it));
        results.Should().Equal(0, 1, 2);
    }

    [Fact]
    public void Throws_a_failure_of_the_items_own_enumeration_after_every_item_before_it_whichever_thread_met_it()
    {
        // Repeated: which thread meets the failure, and when, varies from run to run.
        for (var run = 0; run < 100; run++)
        {
            using var work = new OrderedWork<int, Done>(ItemsFailingAt(30), item => Slowly(item, 0), threads: 3, window: 4, CancellationToken.None);
            var results = new List<int>();

            var reading = () =>
            {
                foreach (var done in work.Results()) results.Add(done.Item);
            };

            reading.Should().Throw<IOException>();
            results.Should().Equal(Enumerable.Range(0, 30));
        }
    }

    [Fact]
    public void Stops_taking_items_when_cancelled_and_its_threads_end_when_it_is_disposed()
    {
        using var cancellation = new CancellationTokenSource();
        var started = 0;
        var work = new OrderedWork<int, Done>(Enumerable.Range(0, 10_000), item =>
        {
            Interlocked.Increment(ref started);
            return Slowly(item, 1);
        }, threads: 2, window: 4, cancellation.Token);

        var reading = () =>
        {
            foreach (var done in work.Results())
            {
                if (done.Item == 9) cancellation.Cancel();
            }
        };

        reading.Should().Throw<OperationCanceledException>();
        work.Dispose();
        var startedByDispose = Volatile.Read(ref started);
        Thread.Sleep(50);
        started.Should().Be(startedByDispose, "no thread works on after the work is disposed");
        startedByDispose.Should().BeLessThanOrEqualTo(10 + 4, "no more than the window is taken beyond the results handed back");
    }

    [Fact]
    public void Refuses_to_be_read_once_disposed()
    {
        var work = new OrderedWork<int, Done>(Enumerable.Range(0, 10), item => Slowly(item, 0), threads: 2, window: 4, CancellationToken.None);
        work.Dispose();

        var reading = () => work.Results().ToList();

        reading.Should().Throw<ObjectDisposedException>();
    }

    private static IEnumerable<int> ItemsFailingAt(int failing)
    {
        for (var item = 0; item < failing; item++) yield return item;
        throw new IOException("The folder could not be listed.");
    }

    private static Done Slowly(int item, int milliseconds)
    {
        if (milliseconds > 0) Thread.Sleep(milliseconds);
        return new Done(item, Environment.CurrentManagedThreadId);
    }

    private static void InterlockedMax(ref int most, int value)
    {
        var seen = Volatile.Read(ref most);
        while (value > seen && Interlocked.CompareExchange(ref most, value, seen) is var actual && actual != seen) seen = actual;
    }
}
