namespace GeoGraph.Graph.Stories;

/// <summary>
/// A locality-sensitive index of article fingerprints, laid out flat so that a million articles fit in about half a
/// gigabyte: each article has an ordinal; its signature is a slice of one array, and the articles sharing a band key are a
/// chain through one array of next ordinals. Used by the embedded store and by the export. Not thread-safe.
/// </summary>
public sealed class StoryIndex(double threshold)
{
    private const int Slots = StoryFingerprint.SignatureLength;
    private const int Bands = StoryFingerprint.BandCount;
    private const int End = -1;
    private const int FirstCapacity = 1024;

    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _chainHeads = [];
    private readonly Stack<int> _free = new();
    private int[] _minHash = new int[FirstCapacity * Slots];
    private int[] _next = new int[FirstCapacity * Bands];
    private string[] _stories = new string[FirstCapacity];
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
            for (; member != End; member = _next[member * Bands + band])
            {
                if (member == self || !seen.Add(member)) continue;
                var similarity = StoryFingerprint.Similarity(fingerprint.MinHash, _minHash.AsSpan(member * Slots, Slots));
                if (similarity < threshold || similarity < bestSimilarity) continue;
                var story = _stories[member];
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
        fingerprint.MinHash.CopyTo(_minHash, ordinal * Slots);
        _stories[ordinal] = story;
        for (var band = 0; band < Bands; band++)
        {
            var key = fingerprint.Bands[band];
            _next[ordinal * Bands + band] = _chainHeads.GetValueOrDefault(key, End);
            _chainHeads[key] = ordinal;
        }
    }

    public void Remove(string articleId)
    {
        if (!_ordinals.Remove(articleId, out var ordinal)) return;
        for (var band = 0; band < Bands; band++)
        {
            var key = StoryFingerprint.BandKey(_minHash.AsSpan(ordinal * Slots, Slots), band);
            var next = _next[ordinal * Bands + band];
            var head = _chainHeads[key];
            if (head == ordinal)
            {
                if (next == End) _chainHeads.Remove(key);
                else _chainHeads[key] = next;
                continue;
            }
            var previous = head;
            while (_next[previous * Bands + band] != ordinal) previous = _next[previous * Bands + band];
            _next[previous * Bands + band] = next;
        }
        _stories[ordinal] = null!;
        _free.Push(ordinal);
    }

    private int NewOrdinal()
    {
        if (_used == _stories.Length)
        {
            Array.Resize(ref _stories, _stories.Length * 2);
            Array.Resize(ref _minHash, _stories.Length * Slots);
            Array.Resize(ref _next, _stories.Length * Bands);
        }
        return _used++;
    }
}
