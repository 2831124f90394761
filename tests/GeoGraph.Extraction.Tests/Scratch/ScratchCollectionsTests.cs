using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Tests.Scratch;

/// <summary>What an article left in a lent collection is gone when it ends, and a long one is cut back.</summary>
public sealed class ScratchCollectionsTests
{
    [Fact]
    public void A_list_comes_back_empty_and_trimmed()
    {
        List<string> used;
        using (ScratchScope.BeginArticle())
        {
            used = ScratchLists<string>.Rent();
            used.AddRange(Enumerable.Repeat("earlier", 10_000));
        }

        used.Should().BeEmpty();
        used.Capacity.Should().BeLessThanOrEqualTo(256);
    }

    [Fact]
    public void A_dictionary_comes_back_empty_and_trimmed()
    {
        Dictionary<string, int> used;
        using (ScratchScope.BeginArticle())
        {
            used = ScratchDictionaries<string, int>.Rent();
            for (var i = 0; i < 10_000; i++) used[$"key {i}"] = i;
        }

        used.Should().BeEmpty();
        used.EnsureCapacity(0).Should().BeLessThan(1_000);
    }

    [Fact]
    public void A_set_comes_back_empty_and_trimmed()
    {
        HashSet<string> used;
        using (ScratchScope.BeginArticle())
        {
            used = ScratchSets<string>.Rent();
            for (var i = 0; i < 10_000; i++) used.Add($"item {i}");
        }

        used.Should().BeEmpty();
        used.EnsureCapacity(0).Should().BeLessThan(1_000);
    }

    [Fact]
    public void A_list_lent_for_a_sentence_comes_back_when_the_sentence_ends_and_one_lent_for_the_article_stays()
    {
        using (ScratchScope.BeginArticle())
        {
            var forArticle = ScratchLists<string>.Rent();
            forArticle.Add("kept");
            List<string> forSentence;
            using (ScratchScope.BeginSentence())
            {
                forSentence = ScratchLists<string>.RentForSentence();
                forSentence.Add("parsed");
            }

            forSentence.Should().BeEmpty();
            forArticle.Should().Equal("kept");
            using (ScratchScope.BeginSentence())
            {
                ScratchLists<string>.RentForSentence().Should().BeSameAs(forSentence);
            }
        }
    }
}
