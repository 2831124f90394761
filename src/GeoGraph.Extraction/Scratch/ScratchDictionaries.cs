namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// Dictionaries per thread and key and value type, for tables an article's extraction reads until it returns and keeps
/// none of (the assembler's indexes of entities and facts): rented like <see cref="ScratchLists{T}"/>, and again,
/// emptied, for the thread's next article.
/// </summary>
internal static class ScratchDictionaries<TKey, TValue> where TKey : notnull
{
    [ThreadStatic] private static ArticlePool<Dictionary<TKey, TValue>>? _pool;

    /// <summary>An empty dictionary, the caller's until the thread begins another article (<see cref="ScratchArticle.Begin"/>).</summary>
    public static Dictionary<TKey, TValue> Rent()
    {
        var dictionary = (_pool ??= new ArticlePool<Dictionary<TKey, TValue>>()).Take();
        dictionary.Clear();
        return dictionary;
    }
}
