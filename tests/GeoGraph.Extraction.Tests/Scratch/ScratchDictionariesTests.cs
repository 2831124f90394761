using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Tests.Scratch;

public sealed class ScratchDictionariesTests
{
    [Fact]
    public void Rents_a_different_dictionary_each_time_within_an_article()
    {
        ScratchArticle.Begin();
        var first = ScratchDictionaries<string, int>.Rent();
        first["kept"] = 1;

        var second = ScratchDictionaries<string, int>.Rent();

        second.Should().NotBeSameAs(first).And.BeEmpty();
        first.Should().ContainKey("kept");
    }

    [Fact]
    public void Rents_the_same_dictionaries_emptied_for_the_next_article()
    {
        ScratchArticle.Begin();
        var first = ScratchDictionaries<string, int>.Rent();
        first["used"] = 1;

        ScratchArticle.Begin();
        var again = ScratchDictionaries<string, int>.Rent();

        again.Should().BeSameAs(first).And.BeEmpty();
    }
}
