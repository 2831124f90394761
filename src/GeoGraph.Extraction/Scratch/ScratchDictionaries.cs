namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// Dictionaries per thread and key and value type, for tables an article's extraction reads until it returns and keeps
/// none of (the assembler's indexes of entities and facts): lent like <see cref="ScratchLists{T}"/>.
/// </summary>
internal static class ScratchDictionaries<TKey, TValue> where TKey : notnull
{
    private const int MostKeptCapacity = 256;

    [ThreadStatic] private static ScratchPool<Dictionary<TKey, TValue>>? _pool;

    /// <summary>An empty dictionary, the caller's until the article ends.</summary>
    public static Dictionary<TKey, TValue> Rent() => (_pool ??= new ScratchPool<Dictionary<TKey, TValue>>(ScratchScope.Article, TakeBack)).Lend();

    private static void TakeBack(Dictionary<TKey, TValue> dictionary)
    {
        dictionary.Clear();
        if (dictionary.EnsureCapacity(0) > MostKeptCapacity) dictionary.TrimExcess(MostKeptCapacity);
    }
}
