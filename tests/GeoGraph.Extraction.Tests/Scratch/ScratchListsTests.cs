using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Tests.Scratch;

public sealed class ScratchListsTests
{
    [Fact]
    public void Rents_a_different_list_each_time_within_an_article()
    {
        ScratchArticle.Begin();
        var first = ScratchLists<string>.Rent();
        first.Add("kept");

        var second = ScratchLists<string>.Rent();

        second.Should().NotBeSameAs(first).And.BeEmpty();
        first.Should().Equal("kept");
    }

    [Fact]
    public void Rents_the_same_lists_emptied_for_the_next_article()
    {
        ScratchArticle.Begin();
        var first = ScratchLists<string>.Rent();
        first.Add("used");

        ScratchArticle.Begin();
        var again = ScratchLists<string>.Rent();

        again.Should().BeSameAs(first).And.BeEmpty();
    }
}
