using GeoGraph.Extraction.Evaluation;

namespace GeoGraph.Extraction.Tests.Corpus;

/// <summary>
/// Quality on articles written for this project in their own words — other countries, companies and people,
/// wire stories, scraped pages, denials and plans — scored against hand-made answer keys like the seeds'.
/// </summary>
public sealed class CorpusQualityTests
{
    private static Evaluator.Report Evaluate(string folder, string key)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Corpus");
        var extractor = new ArticleExtractor();
        var graphs = Directory.GetFiles(Path.Combine(root, folder), "*.txt")
            .Select(path => extractor.Extract(Path.GetFileName(path), File.ReadAllText(path)));
        return new Evaluator(AnswerKey.Parse(File.ReadAllText(Path.Combine(root, key)))).Evaluate(graphs);
    }

    /// <summary>
    /// The first four sets were tuned on (their "before" scores are in the README); "wide" was written blind for the
    /// extraction redesign and then used to develop it; "final" was written blind too and scored once, at the end;
    /// "outside" (stories outside the seeds' world: airlines, football, vaccines, retail) was written blind later, and
    /// half of it developed on. The floors of the last three sit just under what the extractor reaches, so that a
    /// change that loses ground fails.
    /// </summary>
    [Theory]
    [InlineData("articles", "corpus.gold.json", 0.95, 0.9, 0.9)]
    [InlineData("heldout", "heldout.gold.json", 0.95, 0.9, 0.9)]
    [InlineData("unseen", "unseen.gold.json", 0.95, 0.9, 0.9)]
    [InlineData("blind", "blind.gold.json", 0.95, 0.9, 0.9)]
    [InlineData("wide", "wide.gold.json", 0.9, 0.75, 0.65)]
    [InlineData("final", "final.gold.json", 0.85, 0.5, 0.5)]
    [InlineData("outside", "outside.gold.json", 0.85, 0.43, 0.53)]
    public void Finds_the_entities_and_relations_a_careful_reader_finds(string folder, string key, double entities, double core, double all)
    {
        var report = Evaluate(folder, key);

        report.MissingArticles.Should().BeEmpty();
        report.Entities.F1.Should().BeGreaterThanOrEqualTo(entities);
        report.TypeAccuracy.Should().BeGreaterThanOrEqualTo(0.9);
        report.Core.F1.Should().BeGreaterThanOrEqualTo(core);
        report.All.F1.Should().BeGreaterThanOrEqualTo(all);
    }
}
