using GeoGraph.Extraction.Model;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Graph.Tests.Contract;

/// <summary>
/// What every <see cref="IGraphStore"/> promises. Each store's test class derives from this one and says how
/// to make an empty store; the Neo4j store runs the same tests against a real database.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    private async Task<(IGraphStore Store, GraphReader Reader)> NewAsync()
    {
        var store = await CreateEmptyStoreAsync();
        return (store, new GraphReader(store, QueryCatalogue.Default));
    }

    [SkippableFact]
    public async Task Loading_the_same_article_twice_changes_nothing()
    {
        var (store, reader) = await NewAsync();
        var article = TestArticles.Sample().Article("a1");
        await store.UpsertArticleAsync(article);
        var once = await reader.GetStatsAsync(default);
        var relationsOnce = (await reader.FindRelationsAsync(null, null, null, default, 0, 100, default)).Items;

        await store.UpsertArticleAsync(article);

        (await reader.GetStatsAsync(default)).Should().BeEquivalentTo(once);
        (await reader.FindRelationsAsync(null, null, null, default, 0, 100, default)).Items.Should().BeEquivalentTo(relationsOnce);
    }

    [SkippableFact]
    public async Task Copies_of_one_story_count_as_one_source_and_each_copy_names_its_story()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("report", "hash-1", text: StoryTexts.Report));
        await store.UpsertArticleAsync(TestArticles.Sample().Article("copy", "hash-2", text: StoryTexts.CopyOfReport));
        await store.UpsertArticleAsync(TestArticles.Sample().Article("other", "hash-3", text: StoryTexts.OtherReport));

        var visit = (await reader.FindRelationsAsync("VISITED", "vladimir-putin", "caracas", default, 0, 10, default)).Items.Single();
        visit.Articles.Should().Be(3);
        visit.Sources.Should().Be(2);
        var copy = await reader.GetArticleAsync("copy", default, default);
        copy!.Story.Should().BeEquivalentTo(new StoryView("report", ["copy", "report"]));
        (await reader.GetArticleAsync("other", default, default))!.Story.Should().BeEquivalentTo(new StoryView("other", ["other"]));
        var neighbour = (await reader.GetEntityAsync("vladimir-putin", default, 0, 50, default))!.Neighbours.Items.Single(n => n.Other.Id == "caracas");
        (neighbour.Articles, neighbour.Sources).Should().Be((3, 2));
    }

    [SkippableFact]
    public async Task Ranks_facts_by_their_sources_before_their_articles()
    {
        var (store, reader) = await NewAsync();
        var copied = TestArticles.New().With("Vladimir Putin", EntityType.Person).With("India", EntityType.Country)
            .Fact("Vladimir Putin", RelationType.Visited, "India");
        var corroborated = TestArticles.New().With("Vladimir Putin", EntityType.Person).With("Caracas", EntityType.City)
            .Fact("Vladimir Putin", RelationType.Visited, "Caracas");
        await store.UpsertArticleAsync(copied.Article("report", "hash-1", text: StoryTexts.Report));
        await store.UpsertArticleAsync(copied.Article("copy", "hash-2", text: StoryTexts.CopyOfReport));
        await store.UpsertArticleAsync(copied.Article("copy-again", "hash-3", text: StoryTexts.CopyOfReport + "\nMore soon."));
        await store.UpsertArticleAsync(corroborated.Article("first", "hash-4", text: StoryTexts.OtherReport));
        await store.UpsertArticleAsync(corroborated.Article("second", "hash-5", text: "Putin's plane landed at Maiquetia airport near Caracas on a bright Wednesday afternoon in November."));

        var visits = (await reader.FindRelationsAsync("VISITED", "vladimir-putin", null, default, 0, 10, default)).Items;

        visits.Select(f => (f.Object.Id, f.Articles, f.Sources)).Should().Equal(("caracas", 2, 2), ("india", 3, 1));
        var neighbours = (await reader.GetEntityAsync("vladimir-putin", default, 0, 10, default))!.Neighbours.Items;
        neighbours.Select(n => (n.Other.Id, n.Articles, n.Sources)).Should().Equal(("caracas", 2, 2), ("india", 3, 1));
    }

    [SkippableFact]
    public async Task A_copy_whose_story_was_removed_keeps_its_story_and_a_reloaded_article_is_filed_again()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("report", "hash-1", text: StoryTexts.Report));
        await store.UpsertArticleAsync(TestArticles.Sample().Article("copy", "hash-2", text: StoryTexts.CopyOfReport));

        await store.RemoveArticleAsync("report");
        (await reader.GetArticleAsync("copy", default, default))!.Story.Should().BeEquivalentTo(new StoryView("report", ["copy"]));
        await store.UpsertArticleAsync(TestArticles.Sample().Article("copy", "hash-3", text: StoryTexts.OtherReport));

        (await reader.GetArticleAsync("copy", default, default))!.Story.Should().BeEquivalentTo(new StoryView("copy", ["copy"]));
    }

    [SkippableFact]
    public async Task A_first_article_rewritten_as_another_story_leaves_its_old_copies_their_story()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("report", "hash-1", text: StoryTexts.Report));
        await store.UpsertArticleAsync(TestArticles.Sample().Article("copy", "hash-2", text: StoryTexts.CopyOfReport));

        await store.UpsertArticleAsync(TestArticles.Sample().Article("report", "hash-3", text: StoryTexts.OtherReport));

        var rewritten = (await reader.GetArticleAsync("report", default, default))!.Story;
        var copy = (await reader.GetArticleAsync("copy", default, default))!.Story;
        rewritten.Articles.Should().Equal("report");
        rewritten.Id.Should().NotBe(copy.Id, "the copy still holds the id of the story the report started");
        copy.Should().BeEquivalentTo(new StoryView("report", ["copy"]));
    }

    [SkippableFact]
    public async Task Loading_a_changed_article_replaces_what_it_said_before()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1"));
        var changed = TestArticles.New().With("Vladimir Putin", EntityType.Person).With("India", EntityType.Country)
            .Fact("Vladimir Putin", RelationType.Visited, "India").Article("a1", contentHash: "hash-2");

        await store.UpsertArticleAsync(changed);

        var facts = (await reader.FindRelationsAsync(null, null, null, default, 0, 100, default)).Items;
        facts.Select(f => $"{f.Subject.Id} {f.Type} {f.Object.Id}").Should().Equal("vladimir-putin VISITED india");
        (await store.GetContentHashAsync("a1")).Should().Be("hash-2");
        (await reader.GetEntityAsync("rosneft", default, 0, 50, default)).Should().BeNull();
    }

    [SkippableFact]
    public async Task A_read_after_a_write_sees_the_write()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1"));
        (await reader.FindRelationsAsync("VISITED", null, null, default, 0, 10, default)).Items.Should().ContainSingle();

        await store.RemoveArticleAsync("a1");

        (await reader.FindRelationsAsync("VISITED", null, null, default, 0, 10, default)).Items.Should().BeEmpty();
    }

    [SkippableFact]
    public async Task Removing_an_article_keeps_what_other_articles_still_support()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1"));
        await store.UpsertArticleAsync(TestArticles.New().With("Vladimir Putin", EntityType.Person).With("Caracas", EntityType.City)
            .Fact("Vladimir Putin", RelationType.Visited, "Caracas", "Putin was in Caracas.").Article("a2"));

        await store.RemoveArticleAsync("a1");

        var visits = (await reader.FindRelationsAsync("VISITED", "vladimir-putin", null, default, 0, 10, default)).Items;
        visits.Should().ContainSingle().Which.Evidence.Article.Should().Be("a2");
        (await reader.GetEntityAsync("rosneft", default, 0, 50, default)).Should().BeNull();
        (await store.GetContentHashAsync("a1")).Should().BeNull();
    }

    [SkippableFact]
    public async Task A_fact_from_an_undated_article_has_no_first_or_last_seen_and_the_article_keeps_its_ingestion_time()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("undated"));

        var visit = (await reader.FindRelationsAsync("VISITED", null, null, default, 0, 10, default)).Items.Single();
        var article = await reader.GetArticleAsync("undated", default, default);

        visit.FirstSeen.Should().BeNull("nothing says when it happened, and the day it was read is not such a date");
        visit.LastSeen.Should().BeNull();
        article!.IngestedAt.Should().StartWith("2026-01-02T03:04:05");
    }

    [SkippableFact]
    public async Task A_fact_with_a_date_of_its_own_is_seen_then_when_the_article_has_no_date()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.New().With("Vladimir Putin", EntityType.Person).With("Caracas", EntityType.City)
            .Fact("Vladimir Putin", RelationType.Visited, "Caracas", date: "2008-09-26").Article("dated-fact"));

        var visit = (await reader.FindRelationsAsync("VISITED", null, null, default, 0, 10, default)).Items.Single();

        visit.FirstSeen.Should().Be("2008-09-26");
    }

    [SkippableFact]
    public async Task Reads_aggregate_one_fact_across_the_articles_that_state_it()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1", published: "2008-09-26"));
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a2", published: "2010-04-03"));

        var visit = (await reader.FindRelationsAsync("VISITED", null, null, default, 0, 10, default)).Items.Single();

        visit.Articles.Should().Be(2);
        visit.FirstSeen.Should().Be("2008-09-26");
        visit.LastSeen.Should().Be("2010-04-03");
        (await reader.GetEvidenceAsync("vladimir-putin", "VISITED", "caracas", default, 0, 10, default)).Items
            .Select(e => e.Article).Should().Equal("a1", "a2");
    }

    [SkippableFact]
    public async Task An_entity_shows_its_relations_both_ways_with_evidence()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1"));

        var rosneft = await reader.GetEntityAsync("rosneft", default, 0, 50, default);

        rosneft!.Neighbours.Items.Should().BeEquivalentTo([
            new { Type = "DEVELOPS", Direction = "outgoing", Other = new { Id = "junin-6" }, Articles = 1 },
            new { Type = "LEADS", Direction = "incoming", Other = new { Id = "igor-sechin" }, Articles = 1 },
        ], options => options.WithStrictOrdering());
        rosneft.Neighbours.Items[1].Evidence.Sentence.Should().Be("Sechin chairs Rosneft.");
    }

    [SkippableFact]
    public async Task Finds_the_shortest_connection_between_two_entities()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1"));

        var path = (await reader.FindPathsAsync("igor-sechin", "junin-6", 4, default)).Single();

        path.Nodes.Select(n => n.Id).Should().Equal("igor-sechin", "rosneft", "junin-6");
        path.Edges.Select(e => e.Type).Should().Equal("LEADS", "DEVELOPS");
    }

    [SkippableFact]
    public async Task Finds_no_connection_longer_than_the_hop_limit()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1"));

        (await reader.FindPathsAsync("igor-sechin", "junin-6", 1, default)).Should().BeEmpty();
    }

    [SkippableFact]
    public async Task Finds_no_path_from_an_entity_to_itself()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1"));

        (await reader.FindPathsAsync("rosneft", "rosneft", 4, default)).Should().BeEmpty();
    }

    [SkippableFact]
    public async Task Finds_relations_from_a_given_subject_to_a_given_object_or_both()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1"));

        (await reader.FindRelationsAsync(null, "rosneft", null, default, 0, 10, default)).Items.Select(f => f.Object.Id).Should().Equal("junin-6");
        (await reader.FindRelationsAsync(null, null, "rosneft", default, 0, 10, default)).Items.Select(f => f.Subject.Id).Should().Equal("igor-sechin");
        (await reader.FindRelationsAsync("LEADS", "igor-sechin", "rosneft", default, 0, 10, default)).Items.Should().ContainSingle();
        (await reader.FindRelationsAsync("SIGNED", "igor-sechin", "rosneft", default, 0, 10, default)).Items.Should().BeEmpty();
        (await reader.FindRelationsAsync(null, null, null, default, 0, 10, default)).Items.Should().HaveCount(5);
    }

    [SkippableFact]
    public async Task Searches_entities_by_name_or_alias_and_type()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1"));

        (await reader.SearchEntitiesAsync("PUT", null, 10, default)).Select(e => e.Id).Should().Equal("vladimir-putin");
        (await reader.SearchEntitiesAsync("", "Organization", 10, default)).Select(e => e.Id).Should().BeEquivalentTo(["rosneft", "gazprom", "pdvsa"]);
        (await reader.SearchEntitiesAsync("", null, 2, default)).Should().HaveCount(2);
    }

    [SkippableFact]
    public async Task Ranks_entities_by_their_number_of_distinct_relations()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1"));

        var first = (await reader.SearchEntitiesAsync("", null, 1, default)).Single();

        first.Should().BeEquivalentTo(new { Id = "rosneft", Degree = 2 });
    }

    [SkippableFact]
    public async Task An_entity_without_relations_has_degree_zero()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().With("Belarus", EntityType.Country).Article("a1"));

        (await reader.SearchEntitiesAsync("Belarus", null, 10, default)).Single().Degree.Should().Be(0);
    }

    [SkippableFact]
    public async Task Shows_an_article_with_its_entities_and_facts_in_text_order()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1", published: "2008-09-26"));

        var article = await reader.GetArticleAsync("a1", default, default);

        article!.Published.Should().Be("2008-09-26");
        article.Entities.Should().HaveCount(9);
        article.Facts.Select(f => f.Type).Should().Equal("VISITED", "LEADS", "DEVELOPS", "SIGNED", "FUNDED");
        article.Facts.Last().Evidence.Amount.Should().Be(2_000_000_000d);
    }

    [SkippableFact]
    public async Task Counts_entities_facts_and_articles()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1"));

        var stats = await reader.GetStatsAsync(default);

        stats.Articles.Should().Be(1);
        stats.Entities.Should().Contain("Person", 2).And.Contain("Organization", 3);
        stats.Relations.Values.Sum().Should().Be(5);
    }

    [SkippableFact]
    public async Task Lists_money_flows_largest_amount_first()
    {
        var (store, _) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1"));
        var query = QueryCatalogue.Default["money-flows"];

        var rows = (await store.QueryAsync(query, QueryCatalogue.Bind(query, ("limit", 10)))).Rows;

        rows.Should().ContainSingle().Which["largestAmount"]!.GetValue<double>().Should().Be(2_000_000_000d);
    }
}
