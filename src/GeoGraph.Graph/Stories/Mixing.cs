namespace GeoGraph.Graph.Stories;

/// <summary>64-bit hashing for shingles and signatures: FNV-1a over characters, and SplitMix64's finaliser to mix.</summary>
internal static class Mixing
{
    public const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static ulong Fnv(ulong hash, char c) => (hash ^ c) * FnvPrime;

    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
