using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Tests.Scratch;

public sealed class ArticlePoolTests
{
    private readonly ArticlePool<List<string>> _pool = new(static list => list.Clear());

    [Fact]
    public void Lends_a_different_item_each_time_within_an_article()
    {
        using (ScratchArticle.Begin())
        {
            _pool.Lend().Should().NotBeSameAs(_pool.Lend());
        }
    }

    [Fact]
    public void Lends_the_same_items_in_order_to_the_next_article_taken_back_when_the_last_ended()
    {
        List<string> first, second;
        using (ScratchArticle.Begin())
        {
            first = _pool.Lend();
            second = _pool.Lend();
            first.Add("earlier");
        }
        first.Should().BeEmpty();

        using (ScratchArticle.Begin())
        {
            _pool.Lend().Should().BeSameAs(first);
            _pool.Lend().Should().BeSameAs(second);
        }
    }

    [Fact]
    public void Keeps_no_more_than_its_bound_after_a_long_article()
    {
        var lent = new List<List<string>>();
        using (ScratchArticle.Begin())
        {
            for (var i = 0; i < ArticlePool<List<string>>.MostKept + 10; i++) lent.Add(_pool.Lend());
        }

        using (ScratchArticle.Begin())
        {
            for (var i = 0; i < ArticlePool<List<string>>.MostKept; i++) _pool.Lend().Should().BeSameAs(lent[i]);
            _pool.Lend().Should().NotBeSameAs(lent[ArticlePool<List<string>>.MostKept]);
        }
    }

    [Fact]
    public void Lends_new_items_it_does_not_keep_when_no_article_is_in_progress()
    {
        var outside = _pool.Lend();

        using (ScratchArticle.Begin())
        {
            _pool.Lend().Should().NotBeSameAs(outside);
        }
        _pool.Lend().Should().NotBeSameAs(outside);
    }

    [Fact]
    public void An_article_cannot_begin_while_another_is_in_progress()
    {
        using (ScratchArticle.Begin())
        {
            var beginAgain = () => ScratchArticle.Begin();

            beginAgain.Should().Throw<InvalidOperationException>();
        }
    }
}
