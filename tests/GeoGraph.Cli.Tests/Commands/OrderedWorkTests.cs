using GeoGraph.Cli.Commands;

namespace GeoGraph.Cli.Tests.Commands;

public sealed class OrderedWorkTests
{
    private sealed record Done(int Item, int Thread);

    [Fact]
    public void Hands_back_results_in_the_order_of_their_items_whatever_order_they_finish_in()
    {
        // Later items are quicker, so that they finish before the earlier ones other threads hold.
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
    public void Throws_an_item_s_failure_to_the_reader_as_it_was_whichever_thread_did_the_item()
    {
        using var work = new OrderedWork<int, Done>(Enumerable.Range(0, 50),
            item => item == 17 ? throw new InvalidDataException($"item {item}") : Slowly(item, 1), threads: 3, window: 6, CancellationToken.None);

        var reading = () => work.Results().ToList();

        reading.Should().Throw<InvalidDataException>().WithMessage("item 17");
    }

    [Fact]
    public void Stops_when_cancelled_and_its_threads_end_when_it_is_disposed()
    {
        using var cancellation = new CancellationTokenSource();
        var results = new List<int>();
        var work = new OrderedWork<int, Done>(Enumerable.Range(0, 10_000), item => Slowly(item, 1), threads: 2, window: 4, cancellation.Token);

        var reading = () =>
        {
            foreach (var done in work.Results())
            {
                results.Add(done.Item);
                if (results.Count == 10) cancellation.Cancel();
            }
        };

        reading.Should().Throw<OperationCanceledException>();
        work.Dispose();
        results.Should().HaveCountLessThan(10 + 4 + 1, "no more than the window is taken after the cancellation");
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
