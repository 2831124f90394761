using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Tests.Relations;

public sealed class SigningTests
{
    [Theory]
    [InlineData("China and Ecuador signed a $2 billion oil-for-loans agreement on Tuesday.", "China SIGNED Ecuador")]
    [InlineData("Petrobras inked a supply contract with Sinopec in Beijing.", "Petrobras SIGNED Sinopec")]
    [InlineData("The heads of Gazprom and CNPC put pen to paper on the pipeline accord.", "CNPC SIGNED Gazprom")]
    [InlineData("Brazilian and Chinese state banks have agreed a credit pact worth billions.", "Brazil SIGNED China")]
    [InlineData("An agreement between Lukoil and Eni covers exploration in the Caspian.", "Eni SIGNED Lukoil")]
    public void Reads_both_parties_of_a_deal(string sentence, string fact) =>
        Extraction.Facts(sentence).Should().Contain(fact);

    [Fact]
    public void Takes_the_counterpart_after_with_and_skips_asides()
    {
        Extraction.Facts("By the evening, Rex Tillerson had inked deals, conveniently for himself and for ExxonMobil, with the Russian government.")
            .Should().Contain("Rex Tillerson SIGNED Russia");
    }

    [Theory]
    [InlineData("No new defence agreements were signed between Russia and Venezuela.")]
    [InlineData("Russia and Cuba did not sign the accord.")]
    [InlineData("Russia and India may sign an arms deal next year.")]
    public void Reads_no_deal_from_negated_or_hypothetical_signing(string sentence) =>
        Extraction.Of(sentence).Relations.Should().NotContain(r => r.Type == RelationType.Signed);

    [Fact]
    public void Keeps_the_amount_of_the_deal()
    {
        var deal = Extraction.Single("China and Ecuador signed a $2 billion oil-for-loans agreement.", RelationType.Signed);
        deal.Amount.Should().BeEquivalentTo(new { Value = 2_000_000_000m, Currency = "USD" });
    }

    [Fact]
    public void Reads_the_two_countries_as_the_two_last_named()
    {
        Extraction.Facts("Russia will lend Cuba $150 million. The two countries signed agreements on oil exploration.")
            .Should().Contain("Cuba SIGNED Russia");
    }

    [Fact]
    public void Reads_no_deal_from_attending_a_signing_ceremony()
    {
        Extraction.Of("Putin and Erdogan attended the signing ceremony by video link.").Relations
            .Should().NotContain(r => r.Type == RelationType.Signed);
    }

    [Fact]
    public void Reads_a_deal_from_a_headline_in_title_case()
    {
        Extraction.Facts("Iran Signs Gas Deal With India\n\nTEHRAN - Officials in both countries said on Monday that the talks had gone well.")
            .Should().Contain("India SIGNED Iran");
    }

    [Fact]
    public void Reads_the_parties_listed_between_dashes()
    {
        Extraction.Facts("The three countries - Albania, Bulgaria and Macedonia - signed an agreement to build the pipeline.")
            .Should().Contain(["Albania SIGNED Bulgaria", "Bulgaria SIGNED North Macedonia"]);
    }

    [Fact]
    public void Reads_putting_names_to_a_deal_as_signing_it()
    {
        Extraction.Facts("Zambia and Angola put their names to a railway accord on Friday.").Should().Contain("Angola SIGNED Zambia");
    }

    [Theory]
    [InlineData("The patrol boats were built by Damen under a contract signed with Mexico in 2019.", "Damen SIGNED Mexico")]
    [InlineData("Under a deal concluded with Morocco last year, Vestas is building two wind farms.", "Morocco SIGNED Vestas")]
    [InlineData("Under an agreement signed with Ghana in May, Huawei will supply radio masts.", "Ghana SIGNED Huawei")]
    public void Reads_the_agent_of_the_clause_a_deal_was_done_under_as_its_signer(string sentence, string fact) =>
        Extraction.Facts(sentence).Should().Contain(fact);

    [Fact]
    public void Reads_no_signer_from_a_clause_the_deal_was_not_done_under()
    {
        Extraction.Facts("Despite a deal signed with Russia, Turkey bought Patriot missiles from the United States.")
            .Should().NotContain("Russia SIGNED Turkey");
    }

    [Theory]
    [InlineData("The two neighbours, Ecuador and Colombia, signed a trade accord in Quito.", new[] { "Colombia SIGNED Ecuador" })]
    [InlineData("The three states, Kenya, Uganda and Rwanda, signed a railway pact on Friday.", new[] { "Kenya SIGNED Uganda", "Rwanda SIGNED Uganda" })]
    [InlineData("The leaders, Gabriel Boric and Dina Boluarte, signed a border protocol.", new[] { "Dina Boluarte SIGNED Gabriel Boric" })]
    public void Reads_the_parties_listed_between_commas_after_a_plural_noun(string sentence, string[] facts) =>
        Extraction.Facts(sentence).Should().Contain(facts);

    [Fact]
    public void Reads_the_maker_of_the_goods_a_deal_buys_as_the_other_party()
    {
        Extraction.Facts("Air Deccan has sealed a deal to buy 30 Airbus A320 jets.").Should().Contain(["Airbus SIGNED Deccan", "Airbus SOLD Deccan"]);
    }
}
