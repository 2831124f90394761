namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// Sets per thread and item type, for what an article's extraction reads until it returns and keeps none of (the
/// entities already indexed, the people named so far): lent like <see cref="ScratchLists{T}"/>.
/// </summary>
internal static class ScratchSets<T>
{
    private const int MostKeptCapacity = 256;

    [ThreadStatic] private static ScratchPool<HashSet<T>>? _pool;

    /// <summary>An empty set, the caller's until the article ends.</summary>
    public static HashSet<T> Rent() => (_pool ??= new ScratchPool<HashSet<T>>(ScratchScope.Article, TakeBack)).Lend();

    private static void TakeBack(HashSet<T> set)
    {
        set.Clear();
        if (set.EnsureCapacity(0) > MostKeptCapacity) set.TrimExcess(MostKeptCapacity);
    }
}
