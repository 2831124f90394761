using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Tests.Relations;

public sealed class LeadershipTests
{
    [Theory]
    [InlineData("French President Nicolas Sarkozy spoke first.", "Nicolas Sarkozy LEADS France")]
    [InlineData("Turkey's prime minister Recep Tayyip Erdogan spoke first.", "Recep Tayyip Erdogan LEADS Turkey")]
    [InlineData("Gazprom chief executive Alexei Miller spoke first.", "Alexei Miller LEADS Gazprom")]
    [InlineData("Officials met the president of Ecuador, Rafael Correa, at noon.", "Rafael Correa LEADS Ecuador")]
    [InlineData("\"Prices will rise,\" said Olga Petrova, who heads the Institute for Energy Policy.", "Olga Petrova LEADS Institute for Energy Policy")]
    public void Reads_head_roles(string sentence, string fact) =>
        Extraction.Facts(sentence).Should().Contain(fact);

    [Fact]
    public void Pairs_coordinated_titles_with_coordinated_names()
    {
        Extraction.Facts("Ecuadorian and Bolivian Presidents Rafael Correa and Evo Morales arrived together.")
            .Should().Contain(["Rafael Correa LEADS Ecuador", "Evo Morales LEADS Bolivia"]);
    }

    [Theory]
    [InlineData("Russian deputy prime minister Alexei Kudrin spoke first.")]
    [InlineData("Former Costa Rican president Oscar Arias spoke first.")]
    public void Reads_no_lead_for_deputies_and_former_holders(string sentence) =>
        Extraction.Of(sentence).Relations.Should().NotContain(r => r.Type == RelationType.Leads);

    [Fact]
    public void Resolves_a_role_to_the_person_the_lexicon_ties_it_to()
    {
        Extraction.Facts("Igor Sechin flew in on Monday. The Rosneft chairman then toured the refinery.")
            .Should().Contain("Igor Sechin LEADS Rosneft");
    }

    [Fact]
    public void Gives_a_state_title_without_holder_no_country_whose_known_leader_the_sentence_names()
    {
        const string story = "China and Kenya signed a railway loan. China will lend the money. "
                             + "It follows talks between President Jomo Kariuki and Chinese leader Xi Jinping in Beijing.";
        Extraction.Facts(story).Should().NotContain("Jomo Kariuki LEADS China");
    }

    [Fact]
    public void Reads_a_company_named_without_its_last_word_as_the_company()
    {
        var graph = Extraction.Of("Rheinmetall Systems won the order. Rheinmetall chief executive Armin Papperger said it would hire 500 people.");
        Extraction.FactsOf(graph).Should().Contain("Armin Papperger LEADS Rheinmetall Systems");
        graph.Entities.Should().NotContain(e => e.Name == "Rheinmetall");
    }

    [Fact]
    public void Reads_a_possessed_title_after_the_in_an_apposition()
    {
        Extraction.Facts("Kristalina Georgieva, the IMF's managing director, welcomed the plan.")
            .Should().Contain("Kristalina Georgieva LEADS International Monetary Fund");
    }

    [Theory]
    [InlineData("The deal was signed by Airbus president Guillaume Faury and Olaf Bremer, who heads Lufthansa.",
        new[] { "Guillaume Faury LEADS Airbus", "Olaf Bremer LEADS Lufthansa" }, new[] { "Olaf Bremer LEADS Airbus", "Guillaume Faury LEADS Lufthansa" })]
    [InlineData("The accord was signed by Rosneft chief executive Igor Sechin and Vagit Alekperov, who runs Lukoil.",
        new[] { "Igor Sechin LEADS Rosneft", "Vagit Alekperov LEADS Lukoil" }, new[] { "Vagit Alekperov LEADS Rosneft", "Igor Sechin LEADS Lukoil" })]
    public void Gives_a_singular_title_and_a_singular_relative_clause_to_one_of_two_people(string sentence, string[] facts, string[] wrong) =>
        Extraction.Facts(sentence).Should().Contain(facts).And.NotContain(wrong);

    [Fact]
    public void Gives_a_plural_title_to_every_person_after_it()
    {
        Extraction.Facts("Rosneft's chairmen Igor Sechin and Vagit Alekperov signed the accord.")
            .Should().Contain(["Igor Sechin LEADS Rosneft", "Vagit Alekperov LEADS Rosneft"]);
    }

    [Fact]
    public void Keeps_a_name_with_an_apostrophe_whole()
    {
        Extraction.Facts("Ryanair boss Michael O'Leary welcomed the deal.").Should().Contain("Michael O'Leary LEADS Ryanair");
    }
}
