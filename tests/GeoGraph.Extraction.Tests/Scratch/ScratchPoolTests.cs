using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Tests.Scratch;

public sealed class ScratchPoolTests
{
    // A pool lends for the stretch of the thread that made it: each test makes its own on the thread it runs on.
    private static ScratchPool<List<string>> NewPool() => new(ScratchScope.Article, static list => list.Clear());

    [Fact]
    public void Lends_a_different_item_each_time_within_an_article()
    {
        var pool = NewPool();
        using (ScratchScope.BeginArticle())
        {
            pool.Lend().Should().NotBeSameAs(pool.Lend());
        }
    }

    [Fact]
    public void Lends_the_same_items_in_order_to_the_next_article_taken_back_when_the_last_ended()
    {
        var pool = NewPool();
        List<string> first, second;
        using (ScratchScope.BeginArticle())
        {
            first = pool.Lend();
            second = pool.Lend();
            first.Add("earlier");
        }
        first.Should().BeEmpty();

        using (ScratchScope.BeginArticle())
        {
            pool.Lend().Should().BeSameAs(first);
            pool.Lend().Should().BeSameAs(second);
        }
    }

    [Fact]
    public void Keeps_no_more_than_its_bound_after_a_long_article()
    {
        var pool = NewPool();
        var lent = new List<List<string>>();
        using (ScratchScope.BeginArticle())
        {
            for (var i = 0; i < ScratchPool<List<string>>.MostKept + 10; i++) lent.Add(pool.Lend());
        }

        using (ScratchScope.BeginArticle())
        {
            for (var i = 0; i < ScratchPool<List<string>>.MostKept; i++) pool.Lend().Should().BeSameAs(lent[i]);
            pool.Lend().Should().NotBeSameAs(lent[ScratchPool<List<string>>.MostKept]);
        }
    }

    [Fact]
    public void Lends_new_items_it_does_not_keep_when_no_article_is_in_progress()
    {
        var pool = NewPool();
        var outside = pool.Lend();

        using (ScratchScope.BeginArticle())
        {
            pool.Lend().Should().NotBeSameAs(outside);
        }
        pool.Lend().Should().NotBeSameAs(outside);
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

    [Fact]
    public void A_sentence_cannot_begin_while_another_is_in_progress()
    {
        using (ScratchScope.BeginSentence())
        {
            var beginAgain = () => ScratchScope.BeginSentence();

            beginAgain.Should().Throw<InvalidOperationException>();
        }
    }

    [Fact]
    public void A_stretch_ends_even_when_a_take_back_fails()
    {
        var failing = new ScratchPool<List<string>>(ScratchScope.Article, static _ => throw new InvalidOperationException("take-back failed"));
        var endArticle = () =>
        {
            using (ScratchScope.BeginArticle()) failing.Lend();
        };

        endArticle.Should().Throw<InvalidOperationException>().WithMessage("take-back failed");
        ScratchScope.Article.InProgress.Should().BeFalse();
    }
}
