using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Tests.Entities;

public sealed class EntityIdsTests
{
    [Theory]
    [InlineData("Vladimir Putin", "vladimir-putin")]
    [InlineData("Junín 6", "junin-6")]
    [InlineData("rosneft", "rosneft")]
    [InlineData("Rosneft", "rosneft")]
    [InlineData("-- A.B. & Sons, Ltd. --", "a-b-sons-ltd")]
    [InlineData("", "")]
    [InlineData("…", "")]
    public void Makes_a_slug_of_folded_letters_and_digits_joined_by_single_dashes(string name, string slug) =>
        EntityIds.Slug(name).Should().Be(slug);

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(1000)]
    public void Makes_the_same_slug_of_a_name_of_any_length(int length) =>
        EntityIds.Slug(new string('É', length)).Should().Be(new string('e', length));
}
