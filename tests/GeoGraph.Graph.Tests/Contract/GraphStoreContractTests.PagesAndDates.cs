using GeoGraph.Extraction.Model;
using GeoGraph.Graph.Queries;

namespace GeoGraph.Graph.Tests.Contract;

/// <summary>The contract's reads by page and by date window, and the article fields that come with the evidence.</summary>
public abstract partial class GraphStoreContractTests
{
    [SkippableFact]
    public async Task An_entity_lists_its_neighbours_most_articles_first_a_page_at_a_time()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1"));
        await store.UpsertArticleAsync(TestArticles.New().With("Rosneft", EntityType.Organization).With("Junin 6", EntityType.OilField)
            .Fact("Rosneft", RelationType.Develops, "Junin 6", "Rosneft drills Junin 6.").Article("a2"));

        var first = await reader.GetEntityAsync("rosneft", default, 0, 1, default);
        var second = await reader.GetEntityAsync("rosneft", default, 1, 1, default);

        first!.Neighbours.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Type = "DEVELOPS", Articles = 2 });
        first.Neighbours.HasMore.Should().BeTrue();
        second!.Neighbours.Items.Should().ContainSingle().Which.Other.Id.Should().Be("igor-sechin");
        second.Neighbours.HasMore.Should().BeFalse();
    }

    [SkippableFact]
    public async Task A_fact_shows_its_strongest_evidence_and_pages_through_all_of_it()
    {
        var (store, reader) = await NewAsync();
        foreach (var id in new[] { "a1", "a2", "a3" }) await store.UpsertArticleAsync(TestArticles.Sample().Article(id));

        var visit = (await reader.FindRelationsAsync("VISITED", null, null, default, 0, 10, default)).Items.Single();
        var first = await reader.GetEvidenceAsync("vladimir-putin", "VISITED", "caracas", default, 0, 2, default);
        var rest = await reader.GetEvidenceAsync("vladimir-putin", "VISITED", "caracas", default, 2, 2, default);

        visit.Evidence.Article.Should().Be("a1", "equal confidences fall back to article order");
        first.Items.Select(e => e.Article).Should().Equal("a1", "a2");
        first.HasMore.Should().BeTrue();
        rest.Items.Select(e => e.Article).Should().Equal("a3");
        rest.HasMore.Should().BeFalse();
    }

    [SkippableFact]
    public async Task Since_and_until_keep_facts_by_their_own_date_else_their_articles_publication_date()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("published-2008", published: "2008-09-26"));
        await store.UpsertArticleAsync(TestArticles.Sample().Article("published-2010", published: "2010-04-03"));
        await store.UpsertArticleAsync(TestArticles.New().With("Vladimir Putin", EntityType.Person).With("Caracas", EntityType.City)
            .Fact("Vladimir Putin", RelationType.Visited, "Caracas", "Putin was in Caracas in 2008.", date: "2008").Article("dated-2008", published: "2012-01-01"));
        var in2008 = new DateWindow("2008-01-01", "2008-12-31");

        var visits = (await reader.FindRelationsAsync("VISITED", null, null, in2008, 0, 10, default)).Items;
        var evidence = (await reader.GetEvidenceAsync("vladimir-putin", "VISITED", "caracas", in2008, 0, 10, default)).Items;
        var putin = await reader.GetEntityAsync("vladimir-putin", new DateWindow("2011-06-01", null), 0, 10, default);
        var article = await reader.GetArticleAsync("published-2010", new DateWindow(null, "2009-12-31"), default);

        visits.Should().ContainSingle().Which.Articles.Should().Be(2);
        evidence.Select(e => e.Article).Should().Equal("dated-2008", "published-2008");
        putin!.Neighbours.Items.Should().BeEmpty("the visit of 2008 dates itself, though its article appeared in 2012");
        article!.Facts.Should().BeEmpty();
    }

    [SkippableFact]
    public async Task The_source_of_an_article_shows_with_the_article_and_its_evidence()
    {
        var (store, reader) = await NewAsync();
        await store.UpsertArticleAsync(TestArticles.Sample().Article("a1", source: "https://example.org/a1"));

        var article = await reader.GetArticleAsync("a1", default, default);
        var visit = (await reader.FindRelationsAsync("VISITED", null, null, default, 0, 10, default)).Items.Single();

        article!.Source.Should().Be("https://example.org/a1");
        article.Facts.Should().OnlyContain(f => f.Evidence.Source == "https://example.org/a1");
        visit.Evidence.Source.Should().Be("https://example.org/a1");
        (await reader.ListArticlesAsync(0, 10, default)).Items.Single().Source.Should().Be("https://example.org/a1");
    }

    [SkippableFact]
    public async Task Relations_and_articles_come_a_page_at_a_time_saying_whether_more_follow()
    {
        var (store, reader) = await NewAsync();
        foreach (var id in new[] { "a1", "a2", "a3" }) await store.UpsertArticleAsync(TestArticles.Sample().Article(id, contentHash: id));

        var relations = await reader.FindRelationsAsync(null, null, null, default, 3, 3, default);
        var articles = await reader.ListArticlesAsync(0, 2, default);
        var lastArticles = await reader.ListArticlesAsync(2, 2, default);

        relations.Items.Should().HaveCount(2);
        relations.HasMore.Should().BeFalse();
        articles.Items.Should().HaveCount(2);
        articles.HasMore.Should().BeTrue();
        lastArticles.Items.Should().ContainSingle();
        lastArticles.HasMore.Should().BeFalse();
    }
}
