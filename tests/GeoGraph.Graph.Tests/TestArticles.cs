using GeoGraph.Extraction.Model;
using GeoGraph.Graph;
using GeoGraph.Graph.Stories;

namespace GeoGraph.Graph.Tests;

/// <summary>Builds small article graphs by hand: "Subject TYPE Object" facts between named entities.</summary>
public sealed class TestArticles
{
    private readonly List<ExtractedEntity> _entities = [];
    private readonly List<ExtractedRelation> _relations = [];

    public static TestArticles New() => new();

    public TestArticles With(string name, EntityType type, params string[] aliases)
    {
        _entities.Add(new ExtractedEntity(EntityIds.Slug(name), name, type, aliases.Length > 0 ? aliases : [name], [new TextSpan(0, name.Length)]));
        return this;
    }

    public TestArticles Fact(string subject, RelationType type, string @object, string sentence = "A sentence.", MoneyAmount? amount = null, int start = 0,
        string? date = null)
    {
        _relations.Add(new ExtractedRelation(EntityIds.Slug(subject), type, EntityIds.Slug(@object),
            new Evidence(sentence, new TextSpan(start, start + sentence.Length)), "test.rule", 0.9) { Amount = amount, Date = date });
        return this;
    }

    /// <summary>The article; given its <paramref name="text"/>, fingerprinted as ingestion does, so that a store files it under a story.</summary>
    public ArticleRecord Article(string id, string contentHash = "hash-1", string? published = null, string? source = null, string? text = null) =>
        new(id, id + ".txt", contentHash, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            new ArticleGraph(id + ".txt", $"Title of {id}", published is null ? null : DateOnly.Parse(published), [.. _entities], [.. _relations]), source)
        {
            Fingerprint = text is null ? null : StoryFingerprinter.Default.Of(text),
        };

    /// <summary>Putin visits Caracas; Sechin leads Rosneft, which develops Junin 6; Gazprom and PDVSA sign.</summary>
    public static TestArticles Sample() => New()
        .With("Vladimir Putin", EntityType.Person, "Vladimir Putin", "Putin")
        .With("Caracas", EntityType.City)
        .With("Igor Sechin", EntityType.Person)
        .With("Rosneft", EntityType.Organization)
        .With("Junin 6", EntityType.OilField)
        .With("Gazprom", EntityType.Organization)
        .With("PDVSA", EntityType.Organization)
        .With("Russia", EntityType.Country)
        .With("Venezuela", EntityType.Country)
        .Fact("Vladimir Putin", RelationType.Visited, "Caracas", "Putin arrived in Caracas.")
        .Fact("Igor Sechin", RelationType.Leads, "Rosneft", "Sechin chairs Rosneft.", start: 30)
        .Fact("Rosneft", RelationType.Develops, "Junin 6", "Rosneft taps Junin 6.", start: 60)
        .Fact("Gazprom", RelationType.Signed, "PDVSA", "Gazprom and PDVSA signed.", start: 90)
        .Fact("Russia", RelationType.Funded, "Venezuela", "Russia lent Venezuela $2 billion.", new MoneyAmount(2_000_000_000m, "USD", "$2 billion"), start: 120);
}
