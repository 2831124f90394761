namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// One thread's collections of one type, lent for a stretch of its work (<see cref="ScratchScope"/>): each is the
/// borrower's until the stretch ends, when all come back emptied and trimmed for the next.
/// </summary>
/// <remarks>
/// A pool keeps at most <see cref="MostKept"/>, each trimmed by <c>takeBack</c>, so that one long article does not hold
/// memory after it; a stretch that needs more gets new ones past that number. Outside its stretch a pool lends new
/// collections it does not keep.
/// </remarks>
internal sealed class ScratchPool<T> where T : class, new()
{
    public const int MostKept = 512;

    private readonly ScratchStretch _stretch;
    private readonly Action<T> _takeBack;
    private readonly Action _takeBackAll;
    private readonly List<T> _items = [];
    private int _lent;

    /// <param name="takeBack">Empties a collection and trims it to a small capacity.</param>
    public ScratchPool(ScratchStretch stretch, Action<T> takeBack)
    {
        _stretch = stretch;
        _takeBack = takeBack;
        _takeBackAll = TakeBack;
    }

    /// <summary>An empty collection, the caller's until the stretch ends.</summary>
    public T Lend()
    {
        if (!_stretch.InProgress) return new T();
        if (_lent == 0) _stretch.Lent(_takeBackAll);
        if (_lent == _items.Count) _items.Add(new T());
        return _items[_lent++];
    }

    private void TakeBack()
    {
        for (var i = 0; i < Math.Min(_lent, MostKept); i++) _takeBack(_items[i]);
        if (_items.Count > MostKept)
        {
            _items.RemoveRange(MostKept, _items.Count - MostKept);
            _items.Capacity = MostKept;
        }
        _lent = 0;
    }
}
