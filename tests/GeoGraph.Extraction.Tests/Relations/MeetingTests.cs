using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Tests.Relations;

public sealed class MeetingTests
{
    [Theory]
    [InlineData("Xi Jinping met Narendra Modi on the sidelines of the summit.", "Narendra Modi MET Xi Jinping")]
    [InlineData("Talks between Angela Merkel and Nicolas Sarkozy ended without a statement.", "Angela Merkel MET Nicolas Sarkozy")]
    [InlineData("Recep Tayyip Erdogan will hold talks with Vladimir Putin in Sochi.", "Recep Tayyip Erdogan MET Vladimir Putin")]
    [InlineData("Evo Morales, who will meet Rafael Correa on Friday, praised the plan.", "Evo Morales MET Rafael Correa")]
    public void Reads_both_people_of_a_meeting(string sentence, string fact) =>
        Extraction.Facts(sentence).Should().Contain(fact);

    [Theory]
    [InlineData("Hans Weber, who replaced Karl Brandt as chairman in May, welcomed the deal. He later met Vladimir Putin in Sochi.",
        "Hans Weber MET Vladimir Putin", "Karl Brandt MET Vladimir Putin")]
    [InlineData("After talks with Vladimir Putin in Moscow, Recep Tayyip Erdogan returned home. He later met Emmanuel Macron in Paris.",
        "Emmanuel Macron MET Recep Tayyip Erdogan", "Emmanuel Macron MET Vladimir Putin")]
    [InlineData("After talks with Russian President Vladimir Putin, Recep Tayyip Erdogan returned home. He later met Emmanuel Macron in Paris.",
        "Emmanuel Macron MET Recep Tayyip Erdogan", "Emmanuel Macron MET Vladimir Putin")]
    public void Reads_a_pronoun_opening_a_sentence_as_the_previous_sentences_subject(string text, string fact, string wrong) =>
        Extraction.Facts(text).Should().Contain(fact).And.NotContain(wrong);

    [Fact]
    public void Reads_the_pair_as_the_two_people_named_last()
    {
        Extraction.Facts("Angela Merkel and Nicolas Sarkozy arrived in Warsaw on Monday. The pair were later received by Donald Tusk.")
            .Should().Contain(["Angela Merkel MET Donald Tusk", "Donald Tusk MET Nicolas Sarkozy"]);
    }

    [Fact]
    public void Reads_no_meeting_between_organisations()
    {
        Extraction.Of("Rosneft said it was in talks with PDVSA about a refinery.").Relations
            .Should().NotContain(r => r.Type == RelationType.Met);
    }

    [Fact]
    public void Reads_a_meeting_abroad_as_a_visit_by_the_guest()
    {
        Extraction.Facts("At the same time, President Hu Jintao will be meeting Barack Obama in the US.")
            .Should().Contain(["Barack Obama MET Hu Jintao", "Hu Jintao VISITED United States"])
            .And.NotContain("Barack Obama VISITED United States");
    }

    [Fact]
    public void Reads_a_companion_in_a_place_as_a_meeting()
    {
        Extraction.Facts("Brazil's Dilma Rousseff was in the northern Russian city of Murmansk with Russia's Vladimir Putin.")
            .Should().Contain(["Dilma Rousseff MET Vladimir Putin", "Dilma Rousseff VISITED Murmansk"]);
    }

    [Fact]
    public void Reads_a_meeting_named_by_its_noun()
    {
        Extraction.Facts("Vladimir Putin held a meeting with Xi Jinping in Beijing.").Should().Contain("Vladimir Putin MET Xi Jinping");
    }
}
