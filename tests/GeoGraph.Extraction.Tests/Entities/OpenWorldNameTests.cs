namespace GeoGraph.Extraction.Tests.Entities;

/// <summary>Names no data file lists, found by their shape, the English word list and the world's cities.</summary>
public sealed class OpenWorldNameTests
{
    [Theory]
    [InlineData("Shares rose after Ryanair ordered new jets.", "Ryanair (Organization)")]
    [InlineData("The deal was signed by Air Deccan on Friday.", "Air Deccan (Organization)")]
    [InlineData("Talks with Rodrigo de Rato ended on Friday.", "Rodrigo de Rato (Person)")]
    [InlineData("The minister flew to Nairobi on Monday.", "Nairobi (City)")]
    [InlineData("The minister flew to Mombasa on Monday.", "Mombasa (City)")]
    [InlineData("Exports leave from the Johan Sverdrup field.", "Johan Sverdrup (OilField)")]
    [InlineData("The line was built by China Road and Bridge Corporation.", "China Road and Bridge Corporation (Organization)")]
    [InlineData("The talks were chaired by King Mohammed VI in Rabat.", "Mohammed VI (Person)")]
    [InlineData("Pat Ferguson said the pipeline would open in 2011.", "Pat Ferguson (Person)")]
    [InlineData("TotalEnergies holds a stake in the Mozambique LNG project.", "Mozambique LNG (OilField)")]
    [InlineData("Equinor is developing the Bay du Nord field off Canada.", "Bay du Nord (OilField)")]
    [InlineData("Rosatom is building the Akkuyu nuclear plant in Turkey.", "Akkuyu (OilField)")]
    [InlineData("The deal was struck with Air France on Monday.", "Air France (Organization)")]
    [InlineData("The loan was arranged by Credit Suisse and two other banks.", "Credit Suisse (Organization)")]
    public void Types_an_unknown_name_by_its_shape_and_the_gazetteer(string sentence, string entity) =>
        Extraction.Entities(sentence).Should().Contain(entity);

    [Theory]
    [InlineData("Speaking to reporters, the minister said the talks went well.", "Speaking")]
    [InlineData("Spanish officials said the talks went well.", "Spanish")]
    [InlineData("The Madrid-based company said profits rose.", "Madrid-based")]
    [InlineData("Budget talks resumed on Monday in the capital.", "Budget")]
    public void Takes_no_capitalised_ordinary_word_for_a_name(string sentence, string word) =>
        Extraction.Entities(sentence).Should().NotContain(e => e.StartsWith(word, StringComparison.Ordinal));

    [Fact]
    public void Names_an_organisation_by_the_acronym_it_introduces()
    {
        var graph = Extraction.Of("The Economic Community of West African States (ECOWAS) signed an accord with Nigeria. ECOWAS welcomed the accord.");
        graph.Entities.Should().ContainSingle(e => e.Name == "ECOWAS").Which.Mentions.Should().HaveCount(3);
    }

    [Fact]
    public void Keeps_two_companies_joined_by_and_apart()
    {
        Extraction.Entities("The venture brings together PetroChina and Mitsubishi Corp.")
            .Should().Contain("Mitsubishi Corp (Organization)").And.NotContain(e => e.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolves_the_description_of_a_named_thing_to_it()
    {
        Extraction.Facts("The Coastal GasLink Pipeline opened in May. TC Energy holds a stake in the pipeline.")
            .Should().Contain("TC Energy DEVELOPS Coastal GasLink Pipeline");
    }

    [Fact]
    public void Takes_an_english_word_the_article_only_ever_capitalises_for_a_name()
    {
        Extraction.Entities("Qatar signed a deal with Shell on Monday. The deal gives Shell a larger role in the project.")
            .Should().Contain("Shell (Organization)");
        Extraction.Entities("Qatar signed a deal with Shell on Monday. Each shell of the plant was made in Korea.")
            .Should().NotContain("Shell (Organization)", "the article also writes the word in lower case");
    }

    [Fact]
    public async Task Finishes_on_a_capitalised_word_that_is_also_a_name_connector()
    {
        var entities = await Task.Run(() => Extraction.Entities("Saab delivered the tenth Gripen E fighter to Brazil.")).WaitAsync(TimeSpan.FromSeconds(10));
        entities.Should().Contain("Brazil (Country)");
    }
}
