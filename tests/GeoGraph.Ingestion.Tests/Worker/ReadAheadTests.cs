using GeoGraph.Ingestion.Ledger;
using GeoGraph.Ingestion.Worker;

namespace GeoGraph.Ingestion.Tests.Worker;

public sealed class ReadAheadTests
{
    private static readonly string[] Files = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"];

    private static PreparedArticle Failed(string path) => PreparedArticle.Failed(path, default, new IOException(path));

    [Fact]
    public async Task Hands_out_the_files_in_order_even_when_later_ones_are_ready_first()
    {
        // The first file takes longest, the last is quickest.
        using var ahead = new ReadAhead(async (path, token) =>
        {
            await Task.Delay(20 * (Files.Length - Array.IndexOf(Files, path)), token);
            return Failed(path);
        }, Files, depth: Files.Length, default);

        var order = new List<string>();
        for (var i = 0; i < Files.Length; i++) order.Add((await ahead.NextAsync()).Path);

        order.Should().Equal(Files);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Prepares_at_most_depth_files_at_once_the_awaited_one_included(int depth)
    {
        var running = 0;
        var most = 0;
        using var ahead = new ReadAhead(async (path, token) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Delay(30, token);
            Interlocked.Decrement(ref running);
            return Failed(path);
        }, Files, depth, default);

        for (var i = 0; i < Files.Length; i++) await ahead.NextAsync();

        most.Should().Be(depth);
    }

    [Fact]
    public async Task Stops_waiting_at_once_when_stopped_even_if_the_preparation_does_not()
    {
        using var stop = new CancellationTokenSource();
        var neverEnds = new TaskCompletionSource<PreparedArticle>();
        using var ahead = new ReadAhead((_, _) => neverEnds.Task, Files, depth: 2, stop.Token);

        var next = ahead.NextAsync();
        await stop.CancelAsync();

        await next.Invoking(n => n).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Disposing_cancels_the_preparations_still_running()
    {
        var cancelled = new TaskCompletionSource();
        var started = new TaskCompletionSource();
        var ahead = new ReadAhead(async (path, token) =>
        {
            token.Register(() => cancelled.TrySetResult());
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
            return Failed(path);
        }, Files, depth: 1, default);
        _ = ahead.NextAsync();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        ahead.Dispose();

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Says_so_when_asked_for_more_files_than_it_was_given()
    {
        using var ahead = new ReadAhead((path, _) => Task.FromResult(Failed(path)), ["a.txt"], depth: 2, default);
        await ahead.NextAsync();

        await ahead.Invoking(a => a.NextAsync()).Should().ThrowAsync<InvalidOperationException>();
    }

    [Fact]
    public void Refuses_a_depth_below_one() =>
        FluentActions.Invoking(() => new ReadAhead((path, _) => Task.FromResult(Failed(path)), Files, depth: 0, default))
            .Should().Throw<ArgumentOutOfRangeException>();

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
