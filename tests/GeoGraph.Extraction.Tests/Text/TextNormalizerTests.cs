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

    [Fact]
    public void Text_already_normal_is_kept_as_it_is_accents_included()
    {
        const string original = "Chávez met Lula in Brasília.";

        TextNormalizer.Normalize(original).Value.Should().BeSameAs(original);
    }

    [Fact]
    public void A_change_after_accented_letters_still_maps_back()
    {
        const string original = "Chávez said	yes to “Rosneft”";
        var normalized = TextNormalizer.Normalize(original);

        normalized.Value.Should().Be("Chávez said yes to \"Rosneft\"");
        var rosneft = normalized.Value.IndexOf("Rosneft", StringComparison.Ordinal);
        var span = normalized.ToOriginal(rosneft, rosneft + "Rosneft".Length);
        original[span.Start..span.End].Should().Be("Rosneft");
        normalized.ToOriginal(0, 6).Should().Be(new Model.TextSpan(0, 6));
    }
}
