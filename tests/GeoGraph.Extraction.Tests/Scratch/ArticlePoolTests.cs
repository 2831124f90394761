using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Tests.Scratch;

public sealed class ArticlePoolTests
{
    [Fact]
    public void Gives_a_different_item_each_time_within_an_article()
    {
        var pool = new ArticlePool<List<string>>();
        ScratchArticle.Begin();

        var first = pool.Take();
        var second = pool.Take();

        second.Should().NotBeSameAs(first);
    }

    [Fact]
    public void Gives_the_same_items_again_in_order_for_the_next_article()
    {
        var pool = new ArticlePool<List<string>>();
        ScratchArticle.Begin();
        var first = pool.Take();
        var second = pool.Take();

        ScratchArticle.Begin();

        pool.Take().Should().BeSameAs(first);
        pool.Take().Should().BeSameAs(second);
    }
}
