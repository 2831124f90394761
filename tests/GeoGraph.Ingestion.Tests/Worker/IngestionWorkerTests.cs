using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;
using GeoGraph.Ingestion.Worker;

namespace GeoGraph.Ingestion.Tests.Worker;

public sealed class IngestionWorkerTests
{
    private const string Article = "Russian prime minister Vladimir Putin arrived in Caracas on Friday for talks with Hugo Chavez.";

    private static void CopySeeds(string folder)
    {
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")))
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
    }

    private static GraphReader Reader(WorkerHost host) => new(host.Store, QueryCatalogue.Default);

    [Fact]
    public async Task Loads_every_seed_before_reporting_ready()
    {
        await using var host = await WorkerHost.StartAsync(CopySeeds);

        var stats = await Reader(host).GetStatsAsync(default);

        stats.Articles.Should().Be(5);
        host.Status.Outcomes.Should().OnlyContain(o => o.State == IngestionState.Ingested && o.Facts > 0);
    }

    [Fact]
    public async Task Loads_a_new_inbox_file()
    {
        await using var host = await WorkerHost.StartAsync();

        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "putin.txt"), Article);
        await host.WaitUntilAsync(() => host.OutcomeOf("putin.txt")?.State == IngestionState.Ingested);

        (await Reader(host).FindRelationsAsync("VISITED", "vladimir-putin", null, default, 0, 10, default)).Items.Select(f => f.Object.Id)
            .Should().BeEquivalentTo(["caracas", "venezuela"], "a visit to a foreign capital is a visit to its country");
    }

    [Fact]
    public async Task Replaces_the_facts_of_a_changed_file_and_skips_an_unchanged_one()
    {
        await using var host = await WorkerHost.StartAsync();
        var path = Path.Combine(host.Inbox, "news.txt");
        await File.WriteAllTextAsync(path, Article);
        await host.WaitUntilAsync(() => host.OutcomeOf("news.txt")?.State == IngestionState.Ingested);

        await File.WriteAllTextAsync(path, "Evo Morales travelled to Tehran on Monday, officials in La Paz said.");
        await host.WaitUntilAsync(() => host.OutcomeOf("news.txt") is { State: IngestionState.Ingested, Facts: 2 });

        var facts = (await Reader(host).FindRelationsAsync(null, null, null, default, 0, 10, default)).Items;
        facts.Select(f => $"{f.Subject.Id} {f.Type} {f.Object.Id}").Should().Contain("evo-morales VISITED tehran")
            .And.NotContain(f => f.Contains("caracas"));
    }

    [Fact]
    public async Task Quarantines_an_unreadable_file_with_its_reason_and_carries_on()
    {
        await using var host = await WorkerHost.StartAsync();

        await File.WriteAllBytesAsync(Path.Combine(host.Inbox, "scan.txt"), [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF]);
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "good.txt"), Article);
        await host.WaitUntilAsync(() => host.OutcomeOf("good.txt")?.State == IngestionState.Ingested
            && host.OutcomeOf("scan.txt")?.State == IngestionState.Quarantined);

        File.Exists(Path.Combine(host.Inbox, "scan.txt")).Should().BeFalse();
        File.Exists(Path.Combine(host.Quarantine, "scan.txt")).Should().BeTrue();
        (await File.ReadAllTextAsync(Path.Combine(host.Quarantine, "scan.txt.reason.txt"))).Should().Contain("binary");
    }

    [Fact]
    public async Task Copies_a_bad_seed_to_quarantine_and_leaves_the_seed_in_place()
    {
        await using var host = await WorkerHost.StartAsync(seeds => File.WriteAllBytes(Path.Combine(seeds, "broken.txt"), [0xC3, 0x28, 0x00, 0x41]));

        host.OutcomeOf("broken.txt")!.State.Should().Be(IngestionState.Quarantined);
        File.Exists(Path.Combine(host.Seeds, "broken.txt")).Should().BeTrue();
        File.Exists(Path.Combine(host.Quarantine, "broken.txt.reason.txt")).Should().BeTrue();
    }

    [Fact]
    public async Task Waits_until_a_file_being_written_stops_growing()
    {
        await using var host = await WorkerHost.StartAsync(settleTime: "00:00:02");
        var path = Path.Combine(host.Inbox, "slow.txt");

        await using (var writer = new StreamWriter(path))
        {
            await writer.WriteAsync("Evo Morales travelled ");
            await writer.FlushAsync();
            await Task.Delay(100);
            await writer.WriteAsync("to Tehran on Monday, officials in La Paz said.");
        }
        await host.WaitUntilAsync(() => host.OutcomeOf("slow.txt") is { State: IngestionState.Ingested or IngestionState.Quarantined });

        host.OutcomeOf("slow.txt")!.State.Should().Be(IngestionState.Ingested);
        (await Reader(host).FindRelationsAsync("VISITED", "evo-morales", null, default, 0, 10, default)).Items.Select(f => f.Object.Id)
            .Should().BeEquivalentTo(["tehran", "iran"]);
    }
}
