using GeoGraph.Graph.Durable;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Graph.Tests.Contract;

public sealed class PersistentGraphStoreTests : GraphStoreContractTests, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-store-").FullName;
    private readonly List<PersistentGraphStore> _stores = [];

    private string Database => Path.Combine(_folder, "geograph.db");

    protected override Task<IGraphStore> CreateEmptyStoreAsync() => Task.FromResult<IGraphStore>(Open(Path.Combine(_folder, $"{Guid.NewGuid():N}.db")));

    private PersistentGraphStore Open(string file)
    {
        var store = new PersistentGraphStore(file);
        _stores.Add(store);
        return store;
    }

    [Fact]
    public async Task A_restarted_store_answers_as_before_without_being_given_the_articles_again()
    {
        var first = Open(Database);
        await first.UpsertArticleAsync(TestArticles.Sample().Article("a1", published: "2008-09-26"));
        await first.UpsertArticleAsync(TestArticles.Sample().Article("a2", contentHash: "hash-2"));
        var before = await new GraphReader(first, QueryCatalogue.Default).GetEntityAsync("vladimir-putin", default, 0, 50, default);
        first.Dispose();

        var second = Open(Database);
        var reader = new GraphReader(second, QueryCatalogue.Default);

        (await reader.GetEntityAsync("vladimir-putin", default, 0, 50, default)).Should().BeEquivalentTo(before);
        (await reader.GetArticleAsync("a1", default, default))!.IngestedAt.Should().StartWith("2026-01-02T03:04:05");
        (await second.GetContentHashAsync("a2")).Should().Be("hash-2");
        second.LoadedArticles.Should().Be(2);
    }

    [Fact]
    public async Task A_restarted_store_keeps_every_article_under_its_story_and_files_new_copies_with_them()
    {
        var first = Open(Database);
        await first.UpsertArticleAsync(TestArticles.Sample().Article("report", "hash-1", text: StoryTexts.Report));
        await first.UpsertArticleAsync(TestArticles.Sample().Article("other", "hash-2", text: StoryTexts.OtherReport));
        first.Dispose();

        var second = Open(Database);
        await second.UpsertArticleAsync(TestArticles.Sample().Article("copy", "hash-3", text: StoryTexts.CopyOfReport));
        var reader = new GraphReader(second, QueryCatalogue.Default);

        (await reader.GetArticleAsync("copy", default, default))!.Story.Should().BeEquivalentTo(new StoryView("report", ["copy", "report"]));
        (await reader.GetArticleAsync("other", default, default))!.Story.Id.Should().Be("other");
        (await reader.FindRelationsAsync("VISITED", null, null, default, 0, 10, default)).Items.Single().Sources.Should().Be(2);
    }

    [Fact]
    public async Task A_removed_article_stays_removed_after_a_restart()
    {
        var first = Open(Database);
        await first.UpsertArticleAsync(TestArticles.Sample().Article("a1"));
        await first.RemoveArticleAsync("a1");
        first.Dispose();

        var second = Open(Database);

        (await new GraphReader(second, QueryCatalogue.Default).GetStatsAsync(default)).Articles.Should().Be(0);
    }

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
