using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Tests.Entities;

public sealed class EntityRecognitionTests
{
    [Fact]
    public void Merges_the_many_names_of_one_person_into_one_entity()
    {
        var graph = Extraction.Of("Russian prime minister Vladimir Putin arrived on Monday. Mr Putin smiled. Later Putin left.");
        var putin = graph.Entities.Should().ContainSingle(e => e.Type == EntityType.Person).Subject;
        putin.Id.Should().Be("vladimir-putin");
        putin.Mentions.Should().HaveCount(3);
    }

    [Fact]
    public void Treats_accented_and_plain_spellings_as_one_person()
    {
        Extraction.Of("Hugo Chávez spoke. Then Chavez left.").Entities.Should().ContainSingle(e => e.Id == "hugo-chavez");
    }

    [Theory]
    [InlineData("\"It is a risk,\" said Marta Quiroga, who directs the Andean Energy Observatory.", "Marta Quiroga (Person)", "Andean Energy Observatory (Organization)")]
    [InlineData("Pavel Antonov, an analyst at Kapital Partners, said prices would rise.", "Pavel Antonov (Person)", "Kapital Partners (Organization)")]
    [InlineData("\"Nothing changes,\" said economist Ines Barros of the Center for Andean Studies.", "Ines Barros (Person)", "Center for Andean Studies (Organization)")]
    public void Finds_people_and_organisations_the_lexicon_does_not_know(string sentence, string person, string organisation) =>
        Extraction.Entities(sentence).Should().Contain([person, organisation]);

    [Fact]
    public void Links_a_bare_surname_to_the_person_named_in_full_earlier()
    {
        var graph = Extraction.Of("\"It will pass,\" said Marta Quiroga, an analyst. Quiroga added that prices would fall.");
        graph.Entities.Should().ContainSingle(e => e.Type == EntityType.Person).Which.Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void Reads_each_known_name_inside_a_hyphenated_compound()
    {
        var graph = Extraction.Of("The Russia-Venezuela talks ended on Friday.");
        graph.Entities.Select(e => e.Id).Should().Contain(["russia", "venezuela"]);
        graph.Entities.Single(e => e.Id == "venezuela").Mentions.Should().ContainSingle().Which.Start.Should().Be("The Russia-".Length);
    }

    [Fact]
    public void Reads_demonyms_as_their_country()
    {
        Extraction.Entities("Chilean firms welcomed the news.").Should().Contain("Chile (Country)");
    }

    [Fact]
    public void Reads_no_country_from_a_language_name()
    {
        Extraction.Entities("He is fluent in both Spanish and Portuguese.").Should().BeEmpty();
    }

    [Fact]
    public void Reads_a_capital_as_its_country_when_it_acts_and_as_the_city_when_it_is_a_place()
    {
        var graph = Extraction.Of("Moscow said it would respond. Delegates arrived in Moscow on Friday.");
        graph.Entities.Select(e => e.Name).Should().BeEquivalentTo(["Russia", "Moscow"]);
    }

    [Fact]
    public void Gives_a_capital_standing_for_its_country_the_type_the_lexicon_gives_that_entity()
    {
        // The lexicon lists Hong Kong as a city of China, and its country list gives Hong Kong a capital: standing for
        // Hong Kong, that capital names a city, and a city lends nothing.
        var graph = Extraction.Of("Russia lent City of Victoria $1bn.");

        graph.Entities.Should().Contain(e => e.Id == "hong-kong" && e.Type == EntityType.City);
        graph.Relations.Should().BeEmpty();
    }

    [Fact]
    public void Reads_the_kremlin_and_washingtons_worries_as_countries()
    {
        Extraction.Entities("The Kremlin dismissed Washington's worries.").Should().BeEquivalentTo(["Russia (Country)", "United States (Country)"]);
    }

    [Fact]
    public void Finds_no_entity_in_capitalised_common_words()
    {
        Extraction.Entities("Industry sources said the Energy Czar would decide. Case in point: nothing.").Should().BeEmpty();
    }

    [Fact]
    public void Keeps_mention_offsets_pointing_into_the_original_text()
    {
        const string text = "“Quote” — and then Hugo Chávez spoke.";
        var chavez = Extraction.Of(text).Entities.Single(e => e.Id == "hugo-chavez");
        var span = chavez.Mentions.Single();
        text[span.Start..span.End].Should().Be("Hugo Chávez");
    }

    [Theory]
    [InlineData("Gazprom Neft will develop the Badra field in eastern Iraq.", "Badra (OilField)")]
    [InlineData("The line will link Mumbai and Ahmedabad by 2023.", "Ahmedabad (City)")]
    [InlineData("Contracts went to Kawasaki Heavy Industries and Hitachi.", "Hitachi (Organization)")]
    [InlineData("The partners include Korea's KOGAS and Turkey's TPAO.", "TPAO (Organization)")]
    [InlineData("Oil Minister Hussain al-Shahristani said the round would go ahead.", "Hussain al-Shahristani (Person)")]
    [InlineData("The talks in Lima were opened by Argentina's President Kirchner.", "Kirchner (Person)")]
    [InlineData("Crown Prince Salman bin Hamad met the delegation.", "Salman bin Hamad (Person)")]
    [InlineData("Yasir Khalil met Vladimir Putin in Sochi.", "Yasir Khalil (Person)")]
    [InlineData("The European Investment Bank backed the port.", "European Investment Bank (Organization)")]
    [InlineData("The regional order came from Air Cairo this week.", "Air Cairo (Organization)")]
    [InlineData("The jets will be flown by Joao Carlos dos Santos e Costa, a former air force pilot.", "Joao Carlos dos Santos e Costa (Person)")]
    [InlineData("The talks were led by Mines Minister Kabinga Pande.", "Kabinga Pande (Person)")]
    [InlineData("The talks were led by Mines Minister Kabinga Mwale Pande.", "Kabinga Mwale Pande (Person)")]
    [InlineData("The delegation toured a clinic in the Kicukiro district.", "Kicukiro (Region)")]
    [InlineData("The carrier flies to regional cities such as Kisumu and Eldoret.", "Eldoret (City)")]
    public void Types_unknown_names_by_their_context(string sentence, string entity) =>
        Extraction.Entities(sentence).Should().Contain(entity);

    [Theory]
    [InlineData("Officials from Y-Combinator met Emmanuel Macron in Paris.", "Y-Combinator (Person)")]
    [InlineData("Guests stayed at the Ambassador Hotel in Nairobi.", "Hotel (Person)")]
    public void Types_no_person_from_a_hyphenated_letter_or_a_title_before_a_building(string sentence, string wrong) =>
        Extraction.Entities(sentence).Should().NotContain(wrong);

    [Fact]
    public void Reads_a_country_and_an_organisation_name_written_together_as_one_organisation()
    {
        Extraction.Entities("The Kenya Commercial Bank signed the loan.").Should().Contain("Kenya Commercial Bank (Organization)").And.NotContain("Kenya (Country)");
    }

    [Fact]
    public void Links_a_titled_family_name_to_the_person_the_lexicon_knows()
    {
        Extraction.Facts("Gordon Brown will visit Tanzania next month. Mr Brown, the chancellor, arrived in Nairobi on Sunday.")
            .Should().Contain("Gordon Brown VISITED Nairobi").And.NotContain(f => f.StartsWith("Brown ", StringComparison.Ordinal));
    }
}
