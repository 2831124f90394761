using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Tests.Relations;

public sealed class VisitTests
{
    [Theory]
    [InlineData("Chinese President Hu Jintao arrived in Brasilia on Monday for a two-day state visit.", "Hu Jintao VISITED Brasília")]
    [InlineData("Iranian President Mahmoud Ahmadinejad travelled to Caracas last week.", "Mahmoud Ahmadinejad VISITED Caracas")]
    [InlineData("Brazilian President Dilma Rousseff visited Beijing in April.", "Dilma Rousseff VISITED Beijing")]
    [InlineData("Angela Merkel flew to Ankara for talks on migration.", "Angela Merkel VISITED Ankara")]
    [InlineData("Shinzo Abe touched down in Tehran on Wednesday.", "Shinzo Abe VISITED Tehran")]
    [InlineData("Alexander Lukashenko crossed into Ukraine by car.", "Alexander Lukashenko VISITED Ukraine")]
    public void Reads_visitor_and_place_from_travel_verbs(string sentence, string fact) =>
        Extraction.Facts(sentence).Should().Contain(fact);

    [Fact]
    public void Reads_each_place_of_a_coordinated_itinerary()
    {
        var facts = Extraction.Facts("Mahmoud Ahmadinejad met officials at home. After the summit, he will travel to Bolivia and Ecuador.");
        facts.Should().Contain(["Mahmoud Ahmadinejad VISITED Bolivia", "Mahmoud Ahmadinejad VISITED Ecuador"]);
    }

    [Fact]
    public void Reads_the_possessor_of_a_visit_noun_as_the_visitor()
    {
        Extraction.Facts("Narendra Modi's first visit to Tokyo was judged a success by officials.")
            .Should().Contain("Narendra Modi VISITED Tokyo");
    }

    [Fact]
    public void Marks_announced_trips_as_planned()
    {
        var relation = Extraction.Of("Vladimir Putin will travel to Hanoi next month, the Kremlin said.").Relations
            .Single(r => r.Type == RelationType.Visited && r.ObjectId == "hanoi");
        relation.Planned.Should().BeTrue();
    }

    [Theory]
    [InlineData("Hugo Chavez denied that he would travel to Washington this year.")]
    [InlineData("Angela Merkel did not visit Moscow during the crisis.")]
    [InlineData("Evo Morales could travel to Tehran if the talks go well.")]
    public void Reads_no_visit_from_denied_negated_or_hypothetical_travel(string sentence) =>
        Extraction.Of(sentence).Relations.Where(r => r.Type == RelationType.Visited).Should().BeEmpty();

    [Fact]
    public void Reads_no_visit_when_a_leader_returns_home()
    {
        Extraction.Facts("Vladimir Putin returned to Moscow on Sunday after a trip abroad.")
            .Should().NotContain("Vladimir Putin VISITED Moscow");
    }

    [Theory]
    [InlineData("Chile's mining minister Aurora Williams signed the accord in Santiago.", "Aurora Williams VISITED Santiago")]
    [InlineData("Ghanaian Finance Minister Ken Ofori-Atta met Kristalina Georgieva in Accra.", "Ken Ofori-Atta VISITED Accra")]
    public void Reads_no_visit_to_the_country_a_title_says_the_person_serves(string sentence, string visit) =>
        Extraction.Facts(sentence).Should().NotContain(visit);

    [Fact]
    public void Reads_a_person_named_after_a_title_inside_a_run_of_capitals()
    {
        Extraction.Facts("Kenyan Treasury Secretary John Mbadi arrived in Beijing on Monday.")
            .Should().Contain(["John Mbadi VISITED Beijing", "John Mbadi VISITED China"]);
    }

    [Fact]
    public void Reads_a_city_after_a_locative_preposition_as_the_city_not_the_country()
    {
        Extraction.Facts("Luiz Inacio Lula da Silva arrived in Moscow for the summit.")
            .Should().Contain("Luiz Inacio Lula da Silva VISITED Moscow");
    }

    [Fact]
    public void Reads_later_stops_of_the_same_trip()
    {
        Extraction.Facts("Hugo Chavez will fly to Belarus on Saturday and then to Ukraine, his office said.")
            .Should().Contain(["Hugo Chavez VISITED Belarus", "Hugo Chavez VISITED Ukraine"]);
    }

    [Fact]
    public void Reads_a_visit_from_what_happened_where_someone_was()
    {
        Extraction.Facts("Joe Biden flew in from New Delhi, where he had attended a summit of the Group of 20.")
            .Should().Contain("Joe Biden VISITED New Delhi");
    }
}
