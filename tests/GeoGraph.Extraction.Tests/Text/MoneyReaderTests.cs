using GeoGraph.Extraction.Relations;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Tests.Text;

public sealed class MoneyReaderTests
{
    [Theory]
    [InlineData("a $20 billion venture", 20_000_000_000, "USD")]
    [InlineData("contracts worth $4bn", 4_000_000_000, "USD")]
    [InlineData("a tranche of 600 million roubles", 600_000_000, "RUB")]
    [InlineData("a €1.5bn loan", 1_500_000_000, "EUR")]
    public void Reads_value_scale_and_currency(string text, double value, string currency)
    {
        var amount = MoneyReader.Stated(Tokenizer.Tokenize(text), text)!;
        amount.Value.Should().Be((decimal)value);
        amount.Currency.Should().Be(currency);
    }

    [Fact]
    public void Reads_a_bare_number_without_a_scale_as_no_amount()
    {
        const string text = "450,000 barrels per day over 40 years";
        MoneyReader.Stated(Tokenizer.Tokenize(text), text).Should().BeNull();
    }

    [Fact]
    public void Prefers_the_first_amount_with_a_currency_to_an_earlier_bare_one()
    {
        const string text = "output of 2 million barrels under a $5bn deal and a €3bn loan";
        var amount = MoneyReader.Stated(Tokenizer.Tokenize(text), text)!;
        amount.Value.Should().Be(5_000_000_000m);
        amount.Text.Should().Be("$5bn");
    }

    [Fact]
    public void Takes_the_first_bare_amount_when_none_has_a_currency()
    {
        const string text = "2 million barrels a day and 3 billion cubic metres";
        var amount = MoneyReader.Stated(Tokenizer.Tokenize(text), text)!;
        amount.Value.Should().Be(2_000_000m);
        amount.Currency.Should().BeNull();
    }

    [Fact]
    public void Skips_a_figure_too_large_to_hold_and_reads_the_sum_after_it()
    {
        const string text = "a claim of 100000000000000000 trillion roubles and a $5bn deal";
        var amount = MoneyReader.Stated(Tokenizer.Tokenize(text), text)!;
        amount.Value.Should().Be(5_000_000_000m);
    }
}
