using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Tests.Scratch;

/// <summary>What an earlier article left in a rented collection is gone when the next article rents it.</summary>
public sealed class ScratchCollectionsTests
{
    [Fact]
    public void A_list_is_rented_empty_to_the_next_article()
    {
        ScratchArticle.Begin();
        var used = ScratchLists<string>.Rent();
        used.Add("earlier");

        ScratchArticle.Begin();

        ScratchLists<string>.Rent().Should().BeSameAs(used).And.BeEmpty();
    }

    [Fact]
    public void A_dictionary_is_rented_empty_to_the_next_article()
    {
        ScratchArticle.Begin();
        var used = ScratchDictionaries<string, int>.Rent();
        used["earlier"] = 1;

        ScratchArticle.Begin();

        ScratchDictionaries<string, int>.Rent().Should().BeSameAs(used).And.BeEmpty();
    }

    [Fact]
    public void A_set_is_rented_empty_to_the_next_article()
    {
        ScratchArticle.Begin();
        var used = ScratchSets<string>.Rent();
        used.Add("earlier");

        ScratchArticle.Begin();

        ScratchSets<string>.Rent().Should().BeSameAs(used).And.BeEmpty();
    }
}
