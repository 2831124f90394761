namespace GeoGraph.Graph.Stories;

/// <summary>
/// Band key → the last article ordinal indexed under it: open addressing with linear probing over two flat arrays
/// (12 bytes a slot, at most three quarters full), about half the memory of a <see cref="Dictionary{TKey,TValue}"/>
/// for the tens of millions of keys a large corpus has. Keys are 53-bit band keys, so −1 marks an empty slot.
/// </summary>
internal sealed class BandTable
{
    private const long Empty = -1;
    private const int FirstCapacity = 1 << 12;

    private long[] _keys = NewKeys(FirstCapacity);
    private int[] _values = new int[FirstCapacity];
    private int _count;

    public bool TryGetValue(long key, out int value)
    {
        var slot = Find(_keys, key);
        value = _keys[slot] == key ? _values[slot] : 0;
        return _keys[slot] == key;
    }

    public void Set(long key, int value)
    {
        var slot = Find(_keys, key);
        if (_keys[slot] == Empty)
        {
            if ((_count + 1) * 4L > _keys.Length * 3L)
            {
                Grow();
                slot = Find(_keys, key);
            }
            _keys[slot] = key;
            _count++;
        }
        _values[slot] = value;
    }

    /// <summary>Removes a key, moving back the keys after it in its run so that every key stays reachable.</summary>
    public void Remove(long key)
    {
        var slot = Find(_keys, key);
        if (_keys[slot] != key) return;
        var mask = _keys.Length - 1;
        var hole = slot;
        for (var next = (hole + 1) & mask; _keys[next] != Empty; next = (next + 1) & mask)
        {
            var home = Home(_keys[next], mask);
            // The key at next may fill the hole when its home is not cyclically within (hole, next].
            if (hole <= next ? home > hole && home <= next : home > hole || home <= next) continue;
            (_keys[hole], _values[hole]) = (_keys[next], _values[next]);
            hole = next;
        }
        _keys[hole] = Empty;
        _count--;
    }

    private static int Find(long[] keys, long key)
    {
        var mask = keys.Length - 1;
        var slot = Home(key, mask);
        while (keys[slot] != Empty && keys[slot] != key) slot = (slot + 1) & mask;
        return slot;
    }

    private static int Home(long key, int mask) => (int)(Mixing.Mix((ulong)key) & (ulong)mask);

    private void Grow()
    {
        var (keys, values) = (_keys, _values);
        _keys = NewKeys(keys.Length * 2);
        _values = new int[keys.Length * 2];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == Empty) continue;
            var slot = Find(_keys, keys[i]);
            (_keys[slot], _values[slot]) = (keys[i], values[i]);
        }
    }

    private static long[] NewKeys(int capacity)
    {
        var keys = new long[capacity];
        Array.Fill(keys, Empty);
        return keys;
    }
}
