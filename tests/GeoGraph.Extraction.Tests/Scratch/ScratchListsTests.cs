using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Tests.Scratch;

public sealed class ScratchListsTests
{
    [Fact]
    public void Rents_a_different_list_each_time_until_all_are_given_back()
    {
        var lists = ScratchLists<ScratchListsTests, string>.GiveBackAll();
        var first = lists.Rent();
        first.Add("kept");

        var second = lists.Rent();

        second.Should().NotBeSameAs(first).And.BeEmpty();
        first.Should().Equal("kept");
    }

    [Fact]
    public void Rents_the_same_lists_emptied_after_all_are_given_back()
    {
        var lists = ScratchLists<ScratchListsTests, string>.GiveBackAll();
        var first = lists.Rent();
        first.Add("used");

        var again = ScratchLists<ScratchListsTests, string>.GiveBackAll().Rent();

        again.Should().BeSameAs(first).And.BeEmpty();
    }
}
