namespace GeoGraph.Graph.Stories;

/// <summary>
/// A locality-sensitive index of article fingerprints, laid out flat so that a million articles take about half a
/// gigabyte: each article has an ordinal; its signature is a slice of a block of slots, and the articles sharing a band
/// key are a chain through blocks of next ordinals, its head in a <see cref="BandTable"/>. Blocks are added, never
/// copied, as the index grows. Used by the embedded store and by the export. Not thread-safe.
/// </summary>
public sealed class StoryIndex(double threshold)
{
    private const int Slots = StoryFingerprint.SignatureLength;
    private const int Bands = StoryFingerprint.BandCount;
    private const int End = -1;
    private const int BlockShift = 14;
    private const int BlockSize = 1 << BlockShift;
    private const int InBlock = BlockSize - 1;

    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
    private readonly BandTable _chainHeads = new();
    private readonly Stack<int> _free = new();
    private readonly List<int[]> _minHash = [];
    private readonly List<int[]> _next = [];
    private readonly List<string?[]> _stories = [];
    private int _used;

    /// <summary>
    /// The story of the most similar indexed article (other than <paramref name="articleId"/>) sharing a band key, if it is
    /// at least as similar as the threshold (on a tie, the smallest story id); else none.
    /// </summary>
    public string? Match(StoryFingerprint fingerprint, string articleId)
    {
        var (best, bestSimilarity) = ((string?)null, 0.0);
        var self = _ordinals.GetValueOrDefault(articleId, End);
        var seen = new HashSet<int>();
        for (var band = 0; band < Bands; band++)
        {
            if (!_chainHeads.TryGetValue(fingerprint.Bands[band], out var member)) continue;
            for (; member != End; member = Next(member, band))
            {
                if (member == self || !seen.Add(member)) continue;
                var similarity = StoryFingerprint.Similarity(fingerprint.MinHash, Signature(member));
                if (similarity < threshold || similarity < bestSimilarity) continue;
                var story = Story(member);
                if (similarity > bestSimilarity || string.CompareOrdinal(story, best) < 0) (best, bestSimilarity) = (story, similarity);
            }
        }
        return best;
    }

    /// <summary>Indexes the article under its story, replacing what was indexed for it before.</summary>
    public void Add(string articleId, StoryFingerprint fingerprint, string story)
    {
        Remove(articleId);
        var ordinal = _free.Count > 0 ? _free.Pop() : NewOrdinal();
        _ordinals[articleId] = ordinal;
        fingerprint.MinHash.CopyTo(Signature(ordinal));
        _stories[ordinal >> BlockShift][ordinal & InBlock] = story;
        for (var band = 0; band < Bands; band++)
        {
            var key = fingerprint.Bands[band];
            SetNext(ordinal, band, _chainHeads.TryGetValue(key, out var head) ? head : End);
            _chainHeads.Set(key, ordinal);
        }
    }

    public void Remove(string articleId)
    {
        if (!_ordinals.Remove(articleId, out var ordinal)) return;
        for (var band = 0; band < Bands; band++)
        {
            var key = StoryFingerprint.BandKey(Signature(ordinal), band);
            var next = Next(ordinal, band);
            _chainHeads.TryGetValue(key, out var head);
            if (head == ordinal)
            {
                if (next == End) _chainHeads.Remove(key);
                else _chainHeads.Set(key, next);
                continue;
            }
            var previous = head;
            while (Next(previous, band) != ordinal) previous = Next(previous, band);
            SetNext(previous, band, next);
        }
        _stories[ordinal >> BlockShift][ordinal & InBlock] = null;
        _free.Push(ordinal);
    }

    private Span<int> Signature(int ordinal) => _minHash[ordinal >> BlockShift].AsSpan((ordinal & InBlock) * Slots, Slots);

    private string Story(int ordinal) => _stories[ordinal >> BlockShift][ordinal & InBlock]!;

    private int Next(int ordinal, int band) => _next[ordinal >> BlockShift][(ordinal & InBlock) * Bands + band];

    private void SetNext(int ordinal, int band, int next) => _next[ordinal >> BlockShift][(ordinal & InBlock) * Bands + band] = next;

    private int NewOrdinal()
    {
        if (_used == _stories.Count * BlockSize)
        {
            _minHash.Add(new int[BlockSize * Slots]);
            _next.Add(new int[BlockSize * Bands]);
            _stories.Add(new string?[BlockSize]);
        }
        return _used++;
    }
}
