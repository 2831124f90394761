using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Tests.Relations;

public sealed class FundingTests
{
    [Theory]
    [InlineData("China lent Venezuela $20 billion in 2010.", "China FUNDED Venezuela")]
    [InlineData("Rafael Correa received a $1 billion loan from China last year.", "China FUNDED Rafael Correa")]
    [InlineData("Japan has invested heavily in India over the past decade.", "Japan FUNDED India")]
    [InlineData("The World Bank agreed a $700m rescue package for Ghana.", "World Bank FUNDED Ghana")]
    [InlineData("The Asian Development Bank approved a $400m loan to Laos.", "Asian Development Bank FUNDED Laos")]
    public void Reads_funder_and_recipient(string sentence, string fact) =>
        Extraction.Facts(sentence).Should().Contain(fact);

    [Fact]
    public void Reads_the_host_country_as_the_lender_of_a_loan_received_there()
    {
        Extraction.Facts("Evo Morales received $300 million in loans during his visit to Beijing.")
            .Should().Contain("China FUNDED Evo Morales");
    }

    [Fact]
    public void Reads_the_country_of_a_trip_made_to_receive_loans_as_the_lender()
    {
        Extraction.Facts("Gustavo Petro travelled to Beijing in May to receive $1bn in loans for the metro.")
            .Should().Contain("China FUNDED Gustavo Petro");
    }

    [Fact]
    public void Keeps_the_amount_with_its_scale()
    {
        var loan = Extraction.Single("China lent Angola $4bn for roads.", RelationType.Funded);
        loan.Amount!.Value.Should().Be(4_000_000_000m);
    }

    [Theory]
    [InlineData("Beijing has not agreed to finance Venezuela's new refinery.")]
    [InlineData("Argentina is seeking loans from Russia.")]
    public void Reads_no_funding_that_is_refused_or_only_sought(string sentence) =>
        Extraction.Of(sentence).Relations.Should().NotContain(r => r.Type == RelationType.Funded);

    [Fact]
    public void Reads_the_subject_across_a_relative_clause()
    {
        Extraction.Facts("Rosneft, which is run by Igor Sechin, has lent PDVSA at least $6 billion since 2014.")
            .Should().Contain(["Rosneft FUNDED PDVSA", "Igor Sechin LEADS Rosneft"]);
    }

    [Fact]
    public void Reads_the_recipient_behind_its_owner()
    {
        Extraction.Facts("Rosneft will lend Venezuela's state oil firm PDVSA $1.5 billion.").Should().Contain("Rosneft FUNDED PDVSA");
    }

    [Fact]
    public void Reads_no_funding_from_a_finance_ministers_title()
    {
        Extraction.Of("China has lent Venezuela $4 billion, Venezuelan Finance Minister Jorge Giordani said.").Relations
            .Where(r => r.Type == RelationType.Funded).Should().ContainSingle();
    }
}
