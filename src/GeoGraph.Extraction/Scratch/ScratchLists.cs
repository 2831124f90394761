namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// Lists per thread, owner and item type, for items an article's extraction reads until it returns and keeps none of
/// (each sentence's tokens): the lists and their arrays are made once per thread instead of once per sentence.
/// </summary>
/// <typeparam name="TOwner">The class that uses the lists, so that no two users share one.</typeparam>
/// <remarks>A thread keeps as many lists as the longest article it has read has sentences.</remarks>
internal sealed class ScratchLists<TOwner, T>
{
    [ThreadStatic] private static ScratchLists<TOwner, T>? _thread;

    private readonly List<List<T>> _lists = [];
    private int _rented;

    /// <summary>This thread's lists, all given back: those rented before are no longer the caller's.</summary>
    public static ScratchLists<TOwner, T> GiveBackAll()
    {
        var lists = _thread ??= new ScratchLists<TOwner, T>();
        lists._rented = 0;
        return lists;
    }

    /// <summary>An empty list, the caller's until it next calls <see cref="GiveBackAll"/> on the same thread.</summary>
    public List<T> Rent()
    {
        if (_rented == _lists.Count) _lists.Add([]);
        var list = _lists[_rented++];
        list.Clear();
        return list;
    }
}
