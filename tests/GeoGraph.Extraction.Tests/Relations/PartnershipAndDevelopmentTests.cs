using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Tests.Relations;

public sealed class PartnershipAndDevelopmentTests
{
    [Theory]
    [InlineData("The deal creates a joint venture between Statoil and Rosneft in the Arctic.", "Equinor PARTNERED_WITH Rosneft")]
    [InlineData("Eni formed a joint venture with Gazprom last spring.", "Eni PARTNERED_WITH Gazprom")]
    [InlineData("Petrobras and Repsol set up a joint venture to drill offshore.", "Petrobras PARTNERED_WITH Repsol")]
    public void Reads_joint_ventures_as_partnerships(string sentence, string fact) =>
        Extraction.Facts(sentence).Should().Contain(fact);

    [Fact]
    public void Reads_each_company_involved_in_a_field()
    {
        Extraction.Facts("The companies involved in Carabobo 1 are Repsol, ONGC and Petrobras.")
            .Should().Contain(["Repsol DEVELOPS Carabobo 1", "ONGC DEVELOPS Carabobo 1", "Petrobras DEVELOPS Carabobo 1"]);
    }

    [Fact]
    public void Resolves_it_and_the_project_to_the_field_named_just_before()
    {
        var facts = Extraction.Facts("PDVSA will tap the Carabobo 3 field with partners. The project needs $10 billion. It will involve Chevron and Repsol.");
        facts.Should().Contain(["PDVSA DEVELOPS Carabobo 3", "Chevron DEVELOPS Carabobo 3", "Repsol DEVELOPS Carabobo 3"]);
    }

    [Fact]
    public void Reads_no_development_that_is_only_sought()
    {
        Extraction.Of("Lukoil is seeking to develop the Junin 3 block in the Orinoco belt.").Relations
            .Should().NotContain(r => r.Type == RelationType.Develops);
    }

    [Fact]
    public void Keeps_a_stated_stake()
    {
        var develops = Extraction.Single("Rosneft now holds a 40 percent stake in Petromonagas.", RelationType.Develops);
        develops.StakePercent.Should().Be(40m);
    }
}
