namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// Lists per thread and item type, for what an article's extraction reads until it returns and keeps none of:
/// each sentence's tokens, a clause's nouns, the mentions a token lies in. A list rented for one article is rented
/// again, emptied, for a later one on the same thread, so lists and their arrays are made once per thread instead of
/// once per sentence or phrase.
/// </summary>
internal static class ScratchLists<T>
{
    [ThreadStatic] private static ArticlePool<List<T>>? _pool;

    /// <summary>An empty list, the caller's until the thread begins another article (<see cref="ScratchArticle.Begin"/>).</summary>
    public static List<T> Rent()
    {
        var list = (_pool ??= new ArticlePool<List<T>>()).Take();
        list.Clear();
        return list;
    }
}
