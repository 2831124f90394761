namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// One list per thread, owner and item type, for a few items gathered and read within one call that keeps none of them
/// (a sentence's chunks, the frames a clause has triggered, the words of a name): the list and its array are made once
/// per thread instead of once per call.
/// </summary>
/// <typeparam name="TOwner">The class that uses the list, so that no two users share one.</typeparam>
internal static class ScratchList<TOwner, T>
{
    // A call that needed more leaves a list this long at most to the thread; a longer one is dropped at the next call.
    private const int MostKeptCapacity = 1024;

    [ThreadStatic] private static List<T>? _list;

    /// <summary>This thread's list, emptied: it is the caller's until the caller's next call on the same thread.</summary>
    public static List<T> Rent()
    {
        if (_list is not { Capacity: <= MostKeptCapacity } list) return _list = [];
        list.Clear();
        return list;
    }
}
