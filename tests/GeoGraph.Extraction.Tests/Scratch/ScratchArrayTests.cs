using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Syntax;

namespace GeoGraph.Extraction.Tests.Scratch;

public sealed class ScratchArrayTests
{
    [Fact]
    public void Rents_the_requested_length_cleared_after_a_longer_use()
    {
        var first = ScratchArray<ScratchArrayTests, string>.Rent(5);
        for (var i = 0; i < 5; i++) first[i] = "used";

        var second = ScratchArray<ScratchArrayTests, string>.Rent(3);

        second.Should().BeSameAs(first, "the thread's array is reused");
        second.Take(3).Should().AllSatisfy(item => item.Should().BeNull());
    }

    [Fact]
    public void A_long_request_gets_an_array_the_thread_does_not_keep()
    {
        var kept = ScratchArray<ScratchArrayTests, string>.Rent(5);

        var longer = ScratchArray<ScratchArrayTests, string>.Rent(100_000);

        longer.Should().NotBeSameAs(kept).And.HaveCount(100_000);
        ScratchArray<ScratchArrayTests, string>.Rent(5).Should().BeSameAs(kept);
    }

    [Fact]
    public void Gives_each_thread_its_own_array()
    {
        var here = ScratchArray<ScratchArrayTests, int>.Rent(1);
        int[]? there = null;
        var thread = new Thread(() => there = ScratchArray<ScratchArrayTests, int>.Rent(1));
        thread.Start();
        thread.Join();

        there.Should().NotBeNull().And.NotBeSameAs(here);
    }

    [Fact]
    public void Gives_each_owner_its_own_array()
    {
        var mine = ScratchArray<ScratchArrayTests, string>.Rent(1);
        var theTaggers = ScratchArray<Tagger, string>.Rent(1);

        mine.Should().NotBeSameAs(theTaggers);
    }

    [Fact]
    public void A_sentence_parses_the_same_after_a_longer_one_on_the_same_thread()
    {
        const string longer = "Russian President Vladimir Putin, who arrived in Caracas on Monday, and Venezuelan President Hugo Chavez " +
            "signed agreements on oil, gas and arms, and Rosneft agreed to develop the Junin 6 field with PDVSA in Venezuela.";
        const string shorter = "Gazprom signed a deal with Iran.";
        var alone = OnFreshThread(() => Extraction.Facts(shorter));

        Extraction.Facts(longer);
        var afterLonger = Extraction.Facts(shorter);

        afterLonger.Should().Equal(alone).And.NotBeEmpty();
    }

    private static T OnFreshThread<T>(Func<T> read)
    {
        T result = default!;
        var thread = new Thread(() => result = read());
        thread.Start();
        thread.Join();
        return result;
    }
}
