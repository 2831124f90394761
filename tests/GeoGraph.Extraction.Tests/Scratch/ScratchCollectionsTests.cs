using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Tests.Scratch;

/// <summary>What an article left in a lent collection is gone when it ends, and a long one is cut back.</summary>
public sealed class ScratchCollectionsTests
{
    [Fact]
    public void A_list_comes_back_empty_and_trimmed()
    {
        List<string> used;
        using (ScratchArticle.Begin())
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
        using (ScratchArticle.Begin())
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
        using (ScratchArticle.Begin())
        {
            used = ScratchSets<string>.Rent();
            for (var i = 0; i < 10_000; i++) used.Add($"item {i}");
        }

        used.Should().BeEmpty();
        used.EnsureCapacity(0).Should().BeLessThan(1_000);
    }
}
