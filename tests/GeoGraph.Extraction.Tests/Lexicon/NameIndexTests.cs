using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Tests.Lexicon;

public sealed class NameIndexTests
{
    private static readonly LexiconEntity Russia = new("russia", "Russian Federation", EntityType.Country);
    private static readonly LexiconEntity SaudiArabia = new("saudi-arabia", "Kingdom of Saudi Arabia", EntityType.Country);

    private static NameIndex Index()
    {
        var index = new NameIndex();
        index.Add("Russia", Russia);
        index.Add("Saudi Arabia", SaudiArabia);
        index.Add("US", new LexiconEntity("united-states", "United States", EntityType.Country));
        index.Add("1984", new LexiconEntity("nineteen-eighty-four", "Nineteen Eighty-Four", EntityType.Product));
        return index;
    }

    [Fact]
    public void Matches_the_longest_name_starting_at_a_capitalised_token()
    {
        var tokens = Tokenizer.Tokenize("Saudi Arabia and Russia met.");

        var index = Index();

        var (saudiArabia, length) = index.LongestMatch(tokens, 0)!.Value;
        saudiArabia.Should().BeSameAs(SaudiArabia, "the index leads to the entity added, name and all");
        length.Should().Be(2);
        index.LongestMatch(tokens, 3)!.Value.Should().Be((Russia, 1));
        index.LongestMatch(tokens, 2).Should().BeNull();
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
