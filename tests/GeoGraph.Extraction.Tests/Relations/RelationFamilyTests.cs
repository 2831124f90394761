using System.Text.Json;
using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Relations;
using GeoGraph.Extraction.Tests.Syntax;

namespace GeoGraph.Extraction.Tests.Relations;

/// <summary>A relation type is one declaration: its frames are read and applied with no code of its own.</summary>
public sealed class RelationFamilyTests
{
    private const string MembershipFamily = """
        {"nounSets": {"blocs": ["bloc", "alliance"]},
         "families": [{"type": "MEMBER_OF", "subjectTypes": ["Country"], "objectTypes": ["Organization"], "confidence": 0.8,
           "verbs": [{"lemmas": ["join"], "slots": {"subject": "subject", "object": "object"}}],
           "nouns": [{"lemmas": ["membership"], "slots": {"owner": "subject", "of": "object", "in": "object"}}]}]}
        """;

    private static List<RelationCandidate> Read(string json, string sentence)
    {
        var families = RelationFamilyLoader.Parse(JsonDocument.Parse(json));
        var (parses, entities) = Parsing.ParseAll(sentence);
        return new FrameReader(families, KnowledgeBase.Default.MakerVerbs).Read(parses[^1], entities);
    }

    [Theory]
    [InlineData("Vietnam joined ASEAN in 1995.", "vietnam", "asean")]
    [InlineData("Sweden's membership of NATO was approved.", "sweden", "nato")]
    public void Reads_a_family_declared_only_as_data(string sentence, string subject, string @object)
    {
        Read(MembershipFamily, sentence).Should().ContainSingle()
            .Which.Should().Match<RelationCandidate>(c => c.SubjectId == subject && c.ObjectId == @object && c.Family.Type == RelationType.MemberOf);
    }

    [Fact]
    public void Reads_the_passive_of_a_declared_verb_with_its_agent_as_subject()
    {
        var (parses, entities) = Parsing.ParseAll("Tanks were sold to India by Russia.");
        var sale = new FrameReader(KnowledgeBase.Default.RelationFamilies, KnowledgeBase.Default.MakerVerbs).Read(parses[^1], entities);
        sale.Should().Contain(c => c.Family.Type == RelationType.Sold && c.SubjectId == "russia" && c.ObjectId == "india");
    }

    [Fact]
    public void Refuses_a_family_of_an_unknown_type()
    {
        var act = () => RelationFamilyLoader.Parse(JsonDocument.Parse(MembershipFamily.Replace("MEMBER_OF", "ADMIRES")));
        act.Should().Throw<InvalidDataException>().WithMessage("*ADMIRES*");
    }

    [Fact]
    public void Refuses_a_frame_that_names_an_unknown_noun_set()
    {
        var act = () => RelationFamilyLoader.Parse(JsonDocument.Parse(MembershipFamily.Replace("[\"membership\"]", "\"treaties\"")));
        act.Should().Throw<InvalidDataException>().WithMessage("*treaties*");
    }
}
