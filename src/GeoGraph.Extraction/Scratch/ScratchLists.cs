namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// Lists per thread and item type, for what an article's extraction reads until it returns and keeps none of: each
/// sentence's tokens, a clause's nouns, the mentions a token lies in. Lent by an <see cref="ArticlePool{T}"/>, so that
/// lists and their arrays are made once per thread instead of once per sentence or phrase.
/// </summary>
internal static class ScratchLists<T>
{
    // Enough for a sentence's tokens (cut at 160) and most of an article's lists; longer ones are cut back.
    private const int MostKeptCapacity = 256;

    [ThreadStatic] private static ArticlePool<List<T>>? _pool;

    /// <summary>An empty list, the caller's until the article ends (<see cref="ScratchArticle"/>).</summary>
    public static List<T> Rent() => (_pool ??= new ArticlePool<List<T>>(TakeBack)).Lend();

    private static void TakeBack(List<T> list)
    {
        list.Clear();
        if (list.Capacity > MostKeptCapacity) list.Capacity = MostKeptCapacity;
    }
}
