using GeoGraph.Ingestion.Tests.Support;
using GeoGraph.Ingestion.Worker;
using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion.Tests.Worker;

public sealed class IngestionStatusTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private IngestionStatus Status() => new(_clock, Options.Create(new IngestionOptions { StallTimeout = TimeSpan.FromMinutes(1) }));

    [Fact]
    public void Is_not_ready_while_one_file_has_held_the_loop_past_the_stall_limit()
    {
        var status = Status();
        status.MarkInitialLoadDone();

        status.BeginFile("inbox/zz.txt");
        _clock.Advance(TimeSpan.FromSeconds(59));
        var beforeTheLimit = status.IsReady;
        _clock.Advance(TimeSpan.FromSeconds(2));

        beforeTheLimit.Should().BeTrue();
        status.IsReady.Should().BeFalse();
        status.Stalled.Should().Contain("zz.txt");
    }

    [Fact]
    public void Is_ready_again_once_the_loop_moves_on()
    {
        var status = Status();
        status.MarkInitialLoadDone();
        status.BeginFile("inbox/slow.txt");
        _clock.Advance(TimeSpan.FromMinutes(5));

        status.EndFile();

        status.IsReady.Should().BeTrue();
        status.Stalled.Should().BeNull();
    }
}
