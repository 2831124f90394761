namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// Sets per thread and item type, for what an article's extraction reads until it returns and keeps none of (the
/// entities already indexed, the people named so far): rented like <see cref="ScratchLists{T}"/>, and again, emptied,
/// for the thread's next article.
/// </summary>
internal static class ScratchSets<T>
{
    [ThreadStatic] private static ArticlePool<HashSet<T>>? _pool;

    /// <summary>An empty set, the caller's until the thread begins another article (<see cref="ScratchArticle.Begin"/>).</summary>
    public static HashSet<T> Rent()
    {
        var set = (_pool ??= new ArticlePool<HashSet<T>>()).Take();
        set.Clear();
        return set;
    }
}
