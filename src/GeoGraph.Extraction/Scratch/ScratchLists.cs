namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// Lists per thread and item type, for what an article's extraction reads until it returns and keeps none of:
/// each sentence's tokens, a clause's nouns, the mentions a token lies in. A list rented for one article is rented
/// again, emptied, for a later one on the same thread, so lists and their arrays are made once per thread instead of
/// once per sentence or phrase.
/// </summary>
/// <remarks>
/// A thread keeps as many lists as the article that needed most. Lists rented outside an article (a test parsing a
/// sentence) stay the caller's until the thread begins one.
/// </remarks>
internal static class ScratchLists<T>
{
    [ThreadStatic] private static Pool? _pool;

    /// <summary>An empty list, the caller's until the thread begins another article (<see cref="ScratchArticle.Begin"/>).</summary>
    public static List<T> Rent() => (_pool ??= new Pool()).Rent();

    private sealed class Pool
    {
        private readonly List<List<T>> _lists = [];
        private int _rented;
        private int _article;

        public List<T> Rent()
        {
            if (_article != ScratchArticle.Current)
            {
                _article = ScratchArticle.Current;
                _rented = 0;
            }
            if (_rented == _lists.Count) _lists.Add([]);
            var list = _lists[_rented++];
            list.Clear();
            return list;
        }
    }
}
