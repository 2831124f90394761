namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// Which article this thread is extracting, by number: the lists <see cref="ScratchLists{T}"/> rents for one
/// article are the next article's to rent again.
/// </summary>
internal static class ScratchArticle
{
    [ThreadStatic] private static int _current;

    public static int Current => _current;

    /// <summary>Begins an article on this thread: nothing rented for the ones before may be read any more.</summary>
    public static void Begin() => _current++;
}
