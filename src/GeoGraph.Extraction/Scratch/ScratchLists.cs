namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// Lists per thread and item type, lent for an article (each sentence's tokens and mentions) or for one sentence's
/// parse (a clause's nouns, the mentions a token lies in), and kept by nothing after: made once per thread instead of
/// once per sentence or phrase (<see cref="ScratchPool{T}"/>).
/// </summary>
internal static class ScratchLists<T>
{
    // Enough for a sentence's tokens (cut at SentenceSplitter.MaxSentenceTokens) and most lists; longer ones are cut back.
    private const int MostKeptCapacity = 256;

    [ThreadStatic] private static ScratchPool<List<T>>? _forArticle;
    [ThreadStatic] private static ScratchPool<List<T>>? _forSentence;

    /// <summary>An empty list, the caller's until the article ends.</summary>
    public static List<T> Rent() => (_forArticle ??= new ScratchPool<List<T>>(ScratchScope.Article, TakeBack)).Lend();

    /// <summary>An empty list, the caller's until the sentence's parse ends.</summary>
    public static List<T> RentForSentence() => (_forSentence ??= new ScratchPool<List<T>>(ScratchScope.Sentence, TakeBack)).Lend();

    /// <summary>A list of one item, the caller's until the sentence's parse ends: most noun groups are one noun.</summary>
    public static List<T> RentForSentence(T first)
    {
        var list = RentForSentence();
        list.Add(first);
        return list;
    }

    private static void TakeBack(List<T> list)
    {
        list.Clear();
        if (list.Capacity > MostKeptCapacity) list.Capacity = MostKeptCapacity;
    }
}
