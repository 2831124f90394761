using GeoGraph.Graph.Durable;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;
using GeoGraph.Ingestion.Worker;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Ingestion.Tests.Worker;

/// <summary>With the durable embedded store, a restart remembers: nothing is extracted again, and what changed while stopped is caught up.</summary>
public sealed class DurableRestartTests : IDisposable
{
    private const string Visit = "Russian prime minister Vladimir Putin arrived in Caracas on Friday for talks with Hugo Chavez.";
    private const string Trip = "Evo Morales travelled to Tehran on Monday, officials in La Paz said.";
    private readonly string _root = Directory.CreateTempSubdirectory("geograph-durable-").FullName;

    private string Inbox => Path.Combine(_root, "inbox");

    private async Task<(WorkerHost Host, PersistentGraphStore Store)> StartAsync(Action<string>? arrangeSeeds = null)
    {
        var store = new PersistentGraphStore(Path.Combine(_root, "data", "geograph.db"));
        return (await WorkerHost.StartAsync(arrangeSeeds, store: store, root: _root), store);
    }

    private static async Task StopAsync(WorkerHost host, PersistentGraphStore store)
    {
        await host.DisposeAsync();
        store.Dispose();
    }

    private async Task IngestVisitAndStopAsync()
    {
        var (host, store) = await StartAsync();
        await File.WriteAllTextAsync(Path.Combine(Inbox, "a.txt"), Visit);
        await host.WaitUntilAsync(() => host.OutcomeOf("a.txt")?.State == IngestionState.Ingested);
        await StopAsync(host, store);
    }

    [Fact]
    public async Task A_restart_extracts_nothing_again_and_keeps_ingestion_times_and_quarantine_decisions()
    {
        var (first, firstStore) = await StartAsync(seeds => File.WriteAllBytes(Path.Combine(seeds, "broken.txt"), [0x41, 0x00, 0x42]));
        await File.WriteAllTextAsync(Path.Combine(Inbox, "a.txt"), Visit);
        await File.WriteAllTextAsync(Path.Combine(Inbox, "b.txt"), Trip);
        await first.WaitUntilAsync(() => first.OutcomeOf("a.txt")?.State == IngestionState.Ingested && first.OutcomeOf("b.txt")?.State == IngestionState.Ingested);
        var before = await new GraphReader(firstStore, QueryCatalogue.Default).GetArticleAsync("a", default, default);
        var quarantined = first.OutcomeOf("broken.txt");
        await StopAsync(first, firstStore);

        var (second, secondStore) = await StartAsync();
        var after = await new GraphReader(secondStore, QueryCatalogue.Default).GetArticleAsync("a", default, default);
        var stats = await new GraphReader(secondStore, QueryCatalogue.Default).GetStatsAsync(default);
        var outcomes = second.Status.Outcomes;
        await StopAsync(second, secondStore);

        outcomes.Should().ContainSingle("every file is as the ledger recorded it: none is read or extracted again")
            .Which.Should().BeEquivalentTo(quarantined, "the quarantine decision is remembered with its reason and time");
        stats.Articles.Should().Be(2);
        after.Should().BeEquivalentTo(before, "the ingestion time and everything else are as they were");
    }

    [Fact]
    public async Task A_file_deleted_or_added_while_stopped_is_caught_up_at_the_next_start()
    {
        await IngestVisitAndStopAsync();

        File.Delete(Path.Combine(Inbox, "a.txt"));
        await File.WriteAllTextAsync(Path.Combine(Inbox, "b.txt"), Trip);
        var (second, secondStore) = await StartAsync();
        await second.WaitUntilAsync(() => second.OutcomeOf("b.txt")?.State == IngestionState.Ingested && second.OutcomeOf("a.txt")?.State == IngestionState.Removed);
        var reader = new GraphReader(secondStore, QueryCatalogue.Default);

        (await reader.GetArticleAsync("a", default, default)).Should().BeNull();
        (await reader.GetArticleAsync("b", default, default)).Should().NotBeNull();
        await StopAsync(second, secondStore);
    }

    [Fact]
    public async Task Deleting_the_database_rebuilds_everything_from_the_files()
    {
        await IngestVisitAndStopAsync();

        Directory.Delete(Path.Combine(_root, "data"), recursive: true);
        var (second, secondStore) = await StartAsync();
        var visits = (await new GraphReader(secondStore, QueryCatalogue.Default).FindRelationsAsync("VISITED", "vladimir-putin", "caracas", default, 0, 10, default)).Items;
        var rebuilt = second.OutcomeOf("a.txt")?.State;
        await StopAsync(second, secondStore);

        rebuilt.Should().Be(IngestionState.Ingested);
        visits.Should().ContainSingle();
    }

    [Fact]
    public async Task A_file_touched_or_copied_while_stopped_is_found_unchanged_without_extracting_anything()
    {
        await IngestVisitAndStopAsync();
        var file = Path.Combine(Inbox, "a.txt");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-5));
        File.Copy(file, Path.Combine(Inbox, "copy.txt"));

        var (second, secondStore) = await StartAsync();
        await second.WaitUntilAsync(() => second.OutcomeOf("copy.txt") is not null);
        var outcomes = second.Status.Outcomes;
        var extractorBuilt = second.Extractor.IsValueCreated;
        await StopAsync(second, secondStore);

        outcomes.Should().OnlyContain(o => o.State == IngestionState.Unchanged);
        extractorBuilt.Should().BeFalse("the content is in the ledger: neither file is extracted, ahead or in the loop");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
