using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Tests.Text;

public sealed class TokenTextTests
{
    private static readonly List<Token> Tokens = Tokenizer.Tokenize("Chief Executive Simón Ortega");

    [Fact]
    public void Writes_a_run_of_folded_forms_with_one_space_between()
    {
        TokenText.Folded(Tokens, 0, 2).Should().Be("chief executive");
        TokenText.Folded(Tokens, 2, 4).Should().Be("simon ortega");
    }

    [Fact]
    public void Writes_a_run_as_the_text_has_it()
    {
        TokenText.Written(Tokens, 1, 4).Should().Be("Executive Simón Ortega");
    }

    [Fact]
    public void Gives_a_single_token_its_own_string()
    {
        TokenText.Folded(Tokens, 3, 4).Should().BeSameAs(Tokens[3].Folded);
        TokenText.Written(Tokens, 3, 4).Should().BeSameAs(Tokens[3].Text);
    }

    [Fact]
    public void Writes_an_empty_run_as_the_empty_string()
    {
        TokenText.Folded(Tokens, 2, 2).Should().BeEmpty();
    }
}
