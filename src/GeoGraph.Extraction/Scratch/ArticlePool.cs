namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// One thread's collections of one type, lent for the article it is extracting (<see cref="ScratchArticle"/>): each is
/// the borrower's until the article ends, when all come back emptied and trimmed for the thread's next article.
/// </summary>
/// <remarks>
/// A thread keeps at most <see cref="MostKept"/> of them, each trimmed by <c>takeBack</c>, so that one long article does
/// not hold memory after it; an article that needs more gets new ones past that number.
/// </remarks>
/// <param name="takeBack">Empties a collection and trims it to a small capacity.</param>
internal sealed class ArticlePool<T>(Action<T> takeBack) : IArticleLender where T : class, new()
{
    public const int MostKept = 512;

    private readonly List<T> _items = [];
    private int _lent;

    /// <summary>An empty collection, the caller's until the article ends; a new one when no article is in progress.</summary>
    public T Lend()
    {
        if (!ScratchArticle.InProgress) return new T();
        if (_lent == 0) ScratchArticle.Lent(this);
        if (_lent == _items.Count) _items.Add(new T());
        return _items[_lent++];
    }

    public void TakeBack()
    {
        for (var i = 0; i < _lent; i++) takeBack(_items[i]);
        if (_items.Count > MostKept)
        {
            _items.RemoveRange(MostKept, _items.Count - MostKept);
            _items.Capacity = MostKept;
        }
        _lent = 0;
    }
}
