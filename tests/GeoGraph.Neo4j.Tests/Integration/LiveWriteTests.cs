using GeoGraph.Graph.Stories;
using GeoGraph.Extraction.Model;
using GeoGraph.Graph;
using GeoGraph.Graph.Tests;
using GeoGraph.Neo4j.Client;
using GeoGraph.Neo4j.Store;
using GeoGraph.Testing.LiveNeo4j;

namespace GeoGraph.Neo4j.Tests.Integration;

/// <summary>What the article write leaves in, and costs, a live Neo4j.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class LiveWriteTests(Neo4jServer neo4j)
{
    private const int FewArticles = 10;
    private const int ManyArticles = 300;

    [LiveNeo4jFact]
    public async Task Writing_an_article_costs_no_more_when_many_articles_mention_its_entities()
    {
        var client = await neo4j.CreateEmptyAsync();
        var store = new Neo4jGraphStore(client);
        await LoadHubArticlesAsync(store, 0, FewArticles);
        var early = await DbHitsOfWritingAsync(client, HubArticle(FewArticles));
        await LoadHubArticlesAsync(store, FewArticles + 1, ManyArticles);

        var late = await DbHitsOfWritingAsync(client, HubArticle(ManyArticles));

        late.Should().BeLessThan(early * 2, "a write reads the mentions of a hub only when its aliases shrink");
    }

    [LiveNeo4jFact]
    public async Task Stores_every_amount_as_a_float()
    {
        var client = await neo4j.CreateEmptyAsync();
        await SeedArticles.LoadAsync(new Neo4jGraphStore(client));

        var types = await client.RunAsync("MATCH (:Entity)-[r]->(:Entity) WHERE r.amount IS NOT NULL RETURN DISTINCT valueType(r.amount) AS type", null);

        types.Rows.Select(r => r["type"]!.GetValue<string>()).Should().Equal("FLOAT NOT NULL");
    }

    private static ArticleRecord HubArticle(int number) => TestArticles.New()
        .With("Russia", EntityType.Country, "Russia", "Russian Federation")
        .With($"Company {number}", EntityType.Organization)
        .Fact($"Company {number}", RelationType.Signed, "Russia")
        .Article($"hub-{number}");

    private static async Task LoadHubArticlesAsync(IGraphStore store, int from, int to)
    {
        for (var number = from; number < to; number++) await store.UpsertArticleAsync(HubArticle(number));
    }

    private static async Task<long> DbHitsOfWritingAsync(INeo4jClient client, ArticleRecord article)
    {
        var profile = await client.RunAsync("PROFILE " + Neo4jGraphStore.Upsert, ArticleParameters.For(article, StoryOptions.DefaultThreshold));
        return PlanOperators.Of(profile.Plan).Sum(op => op.DbHits);
    }
}
