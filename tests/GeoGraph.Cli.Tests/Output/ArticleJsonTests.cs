using System.Text;
using GeoGraph.Cli.Output;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Cli.Tests.Output;

public sealed class ArticleJsonTests
{
    private static readonly ArticleGraph Graph = new("visit.txt", "Morales in Tehran", new DateOnly(2008, 9, 1),
        [
            new ExtractedEntity("evo-morales", "Evo Morales", EntityType.Person, ["Morales"], [new TextSpan(0, 7)]),
            new ExtractedEntity("iran", "Iran", EntityType.Country, [], []),
        ],
        [new ExtractedRelation("evo-morales", RelationType.Visited, "iran", new Evidence("Morales flew to Iran.", new TextSpan(0, 21)), "visited.verb.fly", 0.8)]);

    [Fact]
    public void A_line_is_the_serialized_record_and_a_line_feed()
    {
        using var output = new MemoryStream();

        ArticleJson.ToUtf8Line(Graph).WriteTo(output);

        Encoding.UTF8.GetString(output.ToArray()).Should().Be(ArticleJson.Serialize(Graph) + "\n");
    }

    [Fact]
    public void Relations_name_their_ends_by_the_entities_names()
    {
        ArticleJson.Serialize(Graph).Should().Contain("\"subject\":\"Evo Morales\",\"type\":\"VISITED\",\"object\":\"Iran\"");
    }

    [Theory]
    [InlineData(0.8, "0.8")]
    [InlineData(0.9 * 0.85, "0.765")]
    [InlineData(1.0, "1")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    public void Confidences_are_written_as_the_shortest_number_that_reads_back_the_same(double confidence, string written)
    {
        var relation = Graph.Relations[0] with { Confidence = confidence };

        var json = ArticleJson.Serialize(Graph with { Relations = [relation] });

        // Written twice: the second time from the formatted number kept the first time.
        json.Should().Contain($"\"confidence\":{written}}}");
        ArticleJson.Serialize(Graph with { Relations = [relation] }).Should().Be(json);
    }

    [Fact]
    public void Lines_made_one_after_another_keep_their_own_bytes()
    {
        var first = ArticleJson.ToUtf8Line(Graph);
        var second = ArticleJson.ToUtf8Line(Graph with { ArticleId = "other.txt" });
        using var output = new MemoryStream();

        first.WriteTo(output);
        second.WriteTo(output);

        Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Should().Equal(ArticleJson.Serialize(Graph), ArticleJson.Serialize(Graph with { ArticleId = "other.txt" }));
    }

    [Fact]
    public void A_line_cannot_be_written_twice_since_its_buffer_went_back_to_the_pool()
    {
        var line = ArticleJson.ToUtf8Line(Graph);
        line.WriteTo(Stream.Null);

        var again = () => line.WriteTo(Stream.Null);

        again.Should().Throw<InvalidOperationException>();
    }
}
