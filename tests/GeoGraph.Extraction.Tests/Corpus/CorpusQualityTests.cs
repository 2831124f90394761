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

    [Theory]
    [InlineData("articles", "corpus.gold.json")]
    [InlineData("heldout", "heldout.gold.json")]
    [InlineData("unseen", "unseen.gold.json")]
    [InlineData("blind", "blind.gold.json")]
    public void Finds_the_entities_and_relations_a_careful_reader_finds(string folder, string key)
    {
        var report = Evaluate(folder, key);

        report.MissingArticles.Should().BeEmpty();
        report.Entities.F1.Should().BeGreaterThanOrEqualTo(0.95);
        report.TypeAccuracy.Should().BeGreaterThanOrEqualTo(0.95);
        report.Core.F1.Should().BeGreaterThanOrEqualTo(0.9);
        report.All.F1.Should().BeGreaterThanOrEqualTo(0.9);
    }
}
