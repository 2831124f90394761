using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Tests.Lexicon;

public sealed class PhraseSetTests
{
    [Fact]
    public void Matches_the_longest_phrase_at_a_token_whatever_its_case()
    {
        var phrases = new PhraseSet(["prime minister", "prime minister designate", "minister"]);
        var tokens = Tokenizer.Tokenize("The Prime Minister Designate arrived.");

        phrases.MatchAt(tokens, 1).Should().Be(3);
        phrases.MatchEndingAt(tokens, 3).Should().Be(2);
        phrases.MatchAt(tokens, 0).Should().Be(0);
    }

    [Fact]
    public void Matches_numbers_which_the_tokenizer_does_not_number_itself()
    {
        var phrases = new PhraseSet(["block 61", "1984"]);
        var tokens = Tokenizer.Tokenize("Oman's Block 61 was found in 1984 and 1985.");

        phrases.MatchAt(tokens, 2).Should().Be(2);
        phrases.Contains(tokens[7]).Should().BeTrue();
        phrases.Contains(tokens[9]).Should().BeFalse();
    }

    [Fact]
    public void Knows_a_single_token_only_as_a_whole_phrase()
    {
        var phrases = new PhraseSet(["prime minister", "envoy"]);
        var tokens = Tokenizer.Tokenize("The envoy met the prime minister.");

        phrases.Contains(tokens[1]).Should().BeTrue();
        phrases.Contains(tokens[4]).Should().BeFalse();
        phrases.Contains("prime minister").Should().BeTrue();
    }
}
