using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Tests.Scratch;

public sealed class ScratchPoolTests
{
    private readonly ScratchPool<List<string>> _pool = new(ScratchScope.Article, static list => list.Clear());

    [Fact]
    public void Lends_a_different_item_each_time_within_an_article()
    {
        using (ScratchScope.BeginArticle())
        {
            _pool.Lend().Should().NotBeSameAs(_pool.Lend());
        }
    }

    [Fact]
    public void Lends_the_same_items_in_order_to_the_next_article_taken_back_when_the_last_ended()
    {
        List<string> first, second;
        using (ScratchScope.BeginArticle())
        {
            first = _pool.Lend();
            second = _pool.Lend();
            first.Add("earlier");
        }
        first.Should().BeEmpty();

        using (ScratchScope.BeginArticle())
        {
            _pool.Lend().Should().BeSameAs(first);
            _pool.Lend().Should().BeSameAs(second);
        }
    }

    [Fact]
    public void Keeps_no_more_than_its_bound_after_a_long_article()
    {
        var lent = new List<List<string>>();
        using (ScratchScope.BeginArticle())
        {
            for (var i = 0; i < ScratchPool<List<string>>.MostKept + 10; i++) lent.Add(_pool.Lend());
        }

        using (ScratchScope.BeginArticle())
        {
            for (var i = 0; i < ScratchPool<List<string>>.MostKept; i++) _pool.Lend().Should().BeSameAs(lent[i]);
            _pool.Lend().Should().NotBeSameAs(lent[ScratchPool<List<string>>.MostKept]);
        }
    }

    [Fact]
    public void Lends_new_items_it_does_not_keep_when_no_article_is_in_progress()
    {
        var outside = _pool.Lend();

        using (ScratchScope.BeginArticle())
        {
            _pool.Lend().Should().NotBeSameAs(outside);
        }
        _pool.Lend().Should().NotBeSameAs(outside);
    }

    [Fact]
    public void An_article_cannot_begin_while_another_is_in_progress()
    {
        using (ScratchScope.BeginArticle())
        {
            var beginAgain = () => ScratchScope.BeginArticle();

            beginAgain.Should().Throw<InvalidOperationException>();
        }
    }
}
