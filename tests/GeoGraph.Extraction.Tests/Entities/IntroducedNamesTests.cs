using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Tests.Entities;

public sealed class IntroducedNamesTests
{
    private readonly IntroducedNames _names = new();

    [Fact]
    public void Matches_the_longest_name_starting_at_a_token()
    {
        _names.Add("Vargas", "teodoro-vargas");
        _names.Add("Vargas Pimentel", "teodoro-vargas-pimentel");

        _names.LongestMatch(Tokens("Vargas Pimentel said"), 0).Should().Be(("teodoro-vargas-pimentel", 2));
        _names.LongestMatch(Tokens("Vargas said"), 0).Should().Be(("teodoro-vargas", 1));
    }

    [Fact]
    public void Matches_a_token_the_tokenizer_left_unnumbered_as_it_matches_a_numbered_one()
    {
        // Past the bound of its caches the tokenizer leaves new words unnumbered; adding the name numbers its word.
        var unnumbered = new Token("Zelkowitz", "zelkowitz", 0, WordIds.None);
        _names.Add("Zelkowitz", "anna-zelkowitz");

        _names.LongestMatch([unnumbered], 0).Should().Be(("anna-zelkowitz", 1));
    }

    [Fact]
    public void Keeps_the_first_entity_given_a_name()
    {
        _names.Add("Mukhin", "alexei-mukhin");
        _names.Add("Mukhin", "olga-mukhin");

        _names.LongestMatch(Tokens("Mukhin said"), 0).Should().Be(("alexei-mukhin", 1));
    }

    [Fact]
    public void Needs_a_capital_and_a_short_acronym_in_its_own_case()
    {
        _names.Add("Petroecuador", "petroecuador");
        _names.Add("ENP", "empresa-nacional-del-petroleo");

        _names.LongestMatch(Tokens("the petroecuador deal"), 1).Should().BeNull();
        _names.LongestMatch(Tokens("the Enp deal"), 1).Should().BeNull();
        _names.LongestMatch(Tokens("the ENP deal"), 1).Should().Be(("empresa-nacional-del-petroleo", 1));
    }

    [Fact]
    public void Matches_nothing_where_a_name_only_begins()
    {
        _names.Add("Dangote Petroleum Refinery", "dangote-petroleum-refinery");

        _names.LongestMatch(Tokens("Dangote Petroleum said"), 0).Should().BeNull();
        _names.LongestMatch(Tokens("at Dangote Petroleum Refinery"), 1).Should().Be(("dangote-petroleum-refinery", 3));
    }

    private static List<Token> Tokens(string text) => Tokenizer.Tokenize(text);
}
