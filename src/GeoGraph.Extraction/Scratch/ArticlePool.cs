namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// One thread's collections of one type for the article it is extracting: each taken is the taker's until the thread
/// begins another article (<see cref="ScratchArticle.Begin"/>), when all of them may be taken again.
/// </summary>
/// <remarks>
/// A thread keeps as many as the article that needed most. Those taken outside an article (a test parsing a sentence)
/// stay the taker's until the thread begins one.
/// </remarks>
internal sealed class ArticlePool<T> where T : class, new()
{
    private readonly List<T> _items = [];
    private int _taken;
    private int _article;

    /// <summary>One not taken since the article began: new, or as an earlier article left it, for the taker to empty.</summary>
    public T Take()
    {
        if (_article != ScratchArticle.Current)
        {
            _article = ScratchArticle.Current;
            _taken = 0;
        }
        if (_taken == _items.Count) _items.Add(new T());
        return _items[_taken++];
    }
}
