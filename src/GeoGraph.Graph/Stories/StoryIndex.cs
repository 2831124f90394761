namespace GeoGraph.Graph.Stories;

/// <summary>
/// The embedded store's locality-sensitive index of article fingerprints: articles by band key, and each article's
/// fingerprint and story. Not thread-safe; the store's write lock guards it.
/// </summary>
internal sealed class StoryIndex(double threshold)
{
    private readonly Dictionary<long, List<string>> _byBand = [];
    private readonly Dictionary<string, (StoryFingerprint Fingerprint, string Story)> _articles = new(StringComparer.Ordinal);

    /// <summary>
    /// The story of the most similar indexed article sharing a band key, if it is at least as similar as the threshold
    /// (on a tie, the smallest story id); else none.
    /// </summary>
    public string? Match(StoryFingerprint fingerprint, string articleId)
    {
        var (best, bestSimilarity) = ((string?)null, 0.0);
        var seen = new HashSet<string>(StringComparer.Ordinal) { articleId };
        foreach (var band in fingerprint.Bands)
        {
            if (!_byBand.TryGetValue(band, out var members)) continue;
            foreach (var member in members)
            {
                if (!seen.Add(member)) continue;
                var (other, story) = _articles[member];
                var similarity = fingerprint.Similarity(other);
                if (similarity < threshold || similarity < bestSimilarity) continue;
                if (similarity > bestSimilarity || string.CompareOrdinal(story, best) < 0) (best, bestSimilarity) = (story, similarity);
            }
        }
        return best;
    }

    public void Add(string articleId, StoryFingerprint fingerprint, string story)
    {
        _articles[articleId] = (fingerprint, story);
        foreach (var band in fingerprint.Bands)
        {
            if (!_byBand.TryGetValue(band, out var members)) _byBand[band] = members = [];
            members.Add(articleId);
        }
    }

    public void Remove(string articleId)
    {
        if (!_articles.Remove(articleId, out var entry)) return;
        foreach (var band in entry.Fingerprint.Bands)
        {
            var members = _byBand[band];
            members.Remove(articleId);
            if (members.Count == 0) _byBand.Remove(band);
        }
    }
}
