using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Tests.Seeds;

/// <summary>What the product promises from its sample corpus: the headline nodes and the four core relation types.</summary>
public sealed class SeedArticleTests
{
    private static readonly IReadOnlyList<ArticleGraph> Seeds = [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(path => new ArticleExtractor().Extract(Path.GetFileName(path), File.ReadAllText(path)))];

    [Fact]
    public void Yields_the_promised_nodes()
    {
        Seeds.SelectMany(g => g.Entities).Select(e => e.Id).Distinct()
            .Should().Contain(["vladimir-putin", "hugo-chavez", "pdvsa", "rosneft", "junin-6"]);
    }

    [Fact]
    public void Yields_signed_sold_visited_and_funded_edges()
    {
        var facts = Seeds.SelectMany(Extraction.FactsOf).ToList();
        facts.Should().Contain(["Gazprom SIGNED PDVSA", "Russia SOLD Venezuela", "Vladimir Putin VISITED Caracas", "Russia FUNDED Hugo Chavez"]);
    }

    [Fact]
    public void Keeps_evidence_that_points_into_the_article()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
        {
            var text = File.ReadAllText(path);
            var graph = new ArticleExtractor().Extract(Path.GetFileName(path), text);
            graph.Relations.Should().OnlyContain(r => text.Substring(r.Evidence.Span.Start, r.Evidence.Span.Length) == r.Evidence.Sentence);
        }
    }

    [Fact]
    public void States_amounts_in_whole_currency_units()
    {
        Seeds.SelectMany(g => g.Relations).Where(r => r.Type == RelationType.Funded)
            .Should().Contain(r => r.Amount != null && r.Amount.Value == 2_000_000_000m && r.Amount.Currency == "USD");
    }
}
