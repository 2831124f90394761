using System.Runtime.CompilerServices;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Lexicon;

/// <summary>
/// A set of word numbers (<see cref="WordIds"/>) as bits: membership is one array read. Lexicon lists are numbered
/// as they load, so their numbers are small and a list of any size takes a few kilobytes.
/// </summary>
internal sealed class WordBits
{
    private ulong[] _bits = [];

    /// <summary>The set of these folded words, numbered now if nothing numbered them before.</summary>
    public static WordBits Of(params ReadOnlySpan<string> folded)
    {
        var bits = new WordBits();
        foreach (var word in folded) bits.Add(WordIds.Intern(word));
        return bits;
    }

    public void Add(int word)
    {
        var slot = word >> 6;
        if (slot >= _bits.Length) Array.Resize(ref _bits, Math.Max(slot + 1, _bits.Length * 2));
        _bits[slot] |= 1UL << word;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(int word) => (uint)(word >> 6) < (uint)_bits.Length && (_bits[word >> 6] & 1UL << word) != 0;
}
