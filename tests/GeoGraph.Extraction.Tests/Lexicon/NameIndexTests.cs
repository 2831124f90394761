using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Tests.Lexicon;

public sealed class NameIndexTests
{
    private static NameIndex Index()
    {
        var index = new NameIndex();
        index.Add("Russia", Country("russia"));
        index.Add("Saudi Arabia", Country("saudi-arabia"));
        index.Add("US", Country("united-states"));
        index.Add("1984", new LexiconEntity("nineteen-eighty-four", "Nineteen Eighty-Four", EntityType.Product));
        return index;
    }

    private static LexiconEntity Country(string id) => new(id, id, EntityType.Country);

    [Fact]
    public void Matches_the_longest_name_starting_at_a_capitalised_token()
    {
        var tokens = Tokenizer.Tokenize("Saudi Arabia and Russia met.");

        Index().LongestMatch(tokens, 0).Should().Be((Country("saudi-arabia"), 2));
        Index().LongestMatch(tokens, 3).Should().Be((Country("russia"), 1));
        Index().LongestMatch(tokens, 2).Should().BeNull();
    }

    [Theory]
    [InlineData("Russia", "russia")]
    [InlineData("US", "united-states")]
    [InlineData("Us", null)]
    [InlineData("russia", null)]
    [InlineData("Saudi", null)]
    [InlineData("1984", "nineteen-eighty-four")]
    public void Names_a_token_alone_only_as_a_whole_name_in_its_written_case(string word, string? expected) =>
        (Index().NameOf(Tokenizer.Tokenize(word)[0])?.Id).Should().Be(expected);
}
