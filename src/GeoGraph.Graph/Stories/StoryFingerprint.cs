namespace GeoGraph.Graph.Stories;

/// <summary>
/// An article's MinHash signature over the word shingles of its cleaned prose (<see cref="StoryFingerprinter"/>), and the
/// locality-sensitive band keys cut from it: two articles that share a band key are compared, and are one story when the
/// share of equal signature slots (an estimate of the Jaccard similarity of their shingle sets) reaches the threshold.
/// </summary>
public sealed class StoryFingerprint
{
    /// <summary>Slots of the signature, every one in a band: the estimate's standard error is about 0.07 at a similarity of 0.5.</summary>
    public const int SignatureLength = BandCount * RowsPerBand;

    /// <summary>Band keys per article; each is one Neo4j property (band0 …) with its own index.</summary>
    public const int BandCount = 12;

    /// <summary>
    /// Signature slots per band. A pair of similarity s shares some band with probability 1 − (1 − s⁴)¹²:
    /// 0.998 at 0.8, 0.96 at 0.7, 0.54 at 0.5, 0.09 at 0.3, 0.006 at 0.15 (then the whole signature decides).
    /// </summary>
    public const int RowsPerBand = 4;

    /// <summary>Band keys are kept to 53 bits, so that they are exact as JSON numbers everywhere (JavaScript included).</summary>
    private const long BandKeyMask = (1L << 53) - 1;

    public StoryFingerprint(int[] minHash)
    {
        if (minHash.Length != SignatureLength)
            throw new ArgumentException($"A story fingerprint has {SignatureLength} slots, not {minHash.Length}.", nameof(minHash));
        MinHash = minHash;
        Bands = new long[BandCount];
        for (var band = 0; band < BandCount; band++) Bands[band] = BandKey(minHash, band);
    }

    public int[] MinHash { get; }

    public long[] Bands { get; }

    /// <summary>The share of slots on which the two signatures agree: the estimated Jaccard similarity of the two texts.</summary>
    public double Similarity(StoryFingerprint other) => Similarity(MinHash, other.MinHash);

    public static double Similarity(ReadOnlySpan<int> one, ReadOnlySpan<int> other)
    {
        var same = 0;
        for (var i = 0; i < SignatureLength; i++)
        {
            if (one[i] == other[i]) same++;
        }
        return (double)same / SignatureLength;
    }

    public static long BandKey(ReadOnlySpan<int> minHash, int band)
    {
        var key = Mixing.Mix((ulong)band + 1);
        for (var row = 0; row < RowsPerBand; row++) key = Mixing.Mix(key ^ (uint)minHash[band * RowsPerBand + row]);
        return (long)(key & BandKeyMask);
    }
}
