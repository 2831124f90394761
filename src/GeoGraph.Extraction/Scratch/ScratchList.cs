namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// One list per thread, owner and item type, for items gathered and read within one call that keeps none of them (a
/// block's tokens before its sentences are cut, a sentence's chunks, a phrase's qualifiers): the list and its array are
/// made once per thread instead of once per call.
/// </summary>
/// <typeparam name="TOwner">The class that uses the list, so that no two users share one.</typeparam>
internal static class ScratchList<TOwner, T>
{
    [ThreadStatic] private static List<T>? _list;

    /// <summary>This thread's list, emptied: it is the caller's until the caller's next call on the same thread.</summary>
    public static List<T> Rent()
    {
        var list = _list ??= [];
        list.Clear();
        return list;
    }
}
