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
        var (amount, _) = MoneyReader.Read(Tokenizer.Tokenize(text), text).Single();
        amount.Value.Should().Be((decimal)value);
        amount.Currency.Should().Be(currency);
    }

    [Fact]
    public void Reads_a_bare_number_without_a_scale_as_no_amount()
    {
        const string text = "450,000 barrels per day over 40 years";
        MoneyReader.Read(Tokenizer.Tokenize(text), text).Should().BeEmpty();
    }
}
