using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Tests.Text;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Unifies_quotes_and_dashes()
    {
        TextNormalizer.Normalize("“Russia’s deal” – done").Value.Should().Be("\"Russia's deal\" - done");
    }

    [Fact]
    public void Maps_every_normalised_range_back_to_the_original()
    {
        const string original = "A\u200B… “B”";
        var normalized = TextNormalizer.Normalize(original);
        var b = normalized.Value.IndexOf('B');
        var span = normalized.ToOriginal(b, b + 1);
        original[span.Start..span.End].Should().Be("B");
    }
}
