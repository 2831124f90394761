using GeoGraph.Extraction.Evaluation;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Tests.Corpus;

public sealed class EvaluatorTests
{
    private const string Key = """
        {"relation_types": {"core": ["SOLD", "SIGNED"], "scored_extra": ["MET"], "symmetric": ["SIGNED", "MET"]},
         "catalogue": {
           "russia": {"name": "Russia", "type": "Country", "aliases": ["Russia"]},
           "india": {"name": "India", "type": "Country", "aliases": ["India"]},
           "putin": {"name": "Vladimir Putin", "type": "Person", "aliases": ["Vladimir Putin", "Putin"]},
           "modi": {"name": "Narendra Modi", "type": "Person", "aliases": ["Narendra Modi"]}},
         "articles": {"a.txt": {
           "entities": {"required": ["russia", "india", "putin"], "optional": ["modi"]},
           "relations": {"required": [["russia", "SOLD", "india"], ["russia", "SIGNED", "india"]], "optional": [["putin", "MET", "modi"]]}}}}
        """;

    private static ArticleGraph Graph(params (string Subject, RelationType Type, string Object)[] facts)
    {
        string[] names = ["Russia", "India", "President Putin", "Narendra Modi", "Atlantis"];
        var entities = names.Select(n => new ExtractedEntity(EntityIds.Slug(n), n, n.Contains(' ') ? EntityType.Person : EntityType.Country, [n], [])).ToList();
        var evidence = new Evidence("s", new TextSpan(0, 1));
        return new ArticleGraph("a.txt", null, null, entities,
            [.. facts.Select(f => new ExtractedRelation(EntityIds.Slug(f.Subject), f.Type, EntityIds.Slug(f.Object), evidence, "r", 1))]);
    }

    [Fact]
    public void Counts_hits_misses_and_extras_like_the_reference_scorer()
    {
        var report = new Evaluator(AnswerKey.Parse(Key)).Evaluate([Graph(
            ("India", RelationType.Signed, "Russia"),
            ("Russia", RelationType.Sold, "India"),
            ("Russia", RelationType.Sold, "India"),
            ("President Putin", RelationType.Met, "Narendra Modi"),
            ("India", RelationType.Sold, "Russia"))]);

        report.ByType["SIGNED"].Should().Be(new Score(1, 0, 0), "a symmetric relation matches in either direction");
        report.ByType["SOLD"].Should().Be(new Score(1, 1, 0), "a repeated fact counts once, a reversed sale is wrong");
        report.ByType["MET"].Should().Be(new Score(0, 0, 0), "an optional relation is neither demanded nor penalised");
        report.Entities.Should().Be(new Score(3, 1, 0), "titles are ignored when matching names, Atlantis is unknown");
    }

    [Fact]
    public void Reports_articles_without_a_prediction()
    {
        new Evaluator(AnswerKey.Parse(Key)).Evaluate([]).MissingArticles.Should().Equal("a.txt");
    }
}
