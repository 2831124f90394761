namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// Which article this thread is extracting, by number: what an <see cref="ArticlePool{T}"/> gave for one article it
/// gives again for the next.
/// </summary>
internal static class ScratchArticle
{
    [ThreadStatic] private static int _current;

    public static int Current => _current;

    /// <summary>Begins an article on this thread: nothing rented for the ones before may be read any more.</summary>
    public static void Begin() => _current++;
}
