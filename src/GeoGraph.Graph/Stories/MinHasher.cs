namespace GeoGraph.Graph.Stories;

/// <summary>
/// MinHash (Broder 1997): slot i keeps the smallest value of the i-th hash function over the shingles, so two sets agree on
/// a slot with probability equal to their Jaccard similarity. The hash functions are SplitMix64 over the shingle xor a
/// fixed per-slot seed; the same text gives the same signature in every process.
/// </summary>
internal static class MinHasher
{
    private static readonly ulong[] Seeds = [.. Enumerable.Range(1, StoryFingerprint.SignatureLength).Select(i => Mixing.Mix((ulong)i * 0x2545F4914F6CDD1DUL))];

    public static int[] Signature(IEnumerable<ulong> shingles)
    {
        var minimum = new ulong[StoryFingerprint.SignatureLength];
        Array.Fill(minimum, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < minimum.Length; i++)
            {
                var value = Mixing.Mix(shingle ^ Seeds[i]);
                if (value < minimum[i]) minimum[i] = value;
            }
        }
        // The top 32 bits: two different shingles agreeing by chance on a slot is then one in four billion.
        return [.. minimum.Select(m => (int)(m >> 32))];
    }
}
