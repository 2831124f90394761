using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Syntax;

namespace GeoGraph.Extraction.Tests.Scratch;

public sealed class ScratchListTests
{
    [Fact]
    public void Rents_the_same_list_emptied()
    {
        var first = ScratchList<ScratchListTests, string>.Rent();
        first.Add("used");

        var second = ScratchList<ScratchListTests, string>.Rent();

        second.Should().BeSameAs(first).And.BeEmpty();
    }

    [Fact]
    public void Drops_a_list_grown_long_at_the_next_call()
    {
        var grown = ScratchList<ScratchListTests, string>.Rent();
        grown.AddRange(Enumerable.Repeat("used", 100_000));

        ScratchList<ScratchListTests, string>.Rent().Should().NotBeSameAs(grown).And.BeEmpty();
    }

    [Fact]
    public void Gives_each_owner_its_own_list()
    {
        ScratchList<ScratchListTests, string>.Rent().Should().NotBeSameAs(ScratchList<Chunker, string>.Rent());
    }
}
