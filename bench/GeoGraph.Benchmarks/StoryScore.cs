namespace GeoGraph.Benchmarks;

/// <summary>
/// Pairwise precision and recall of duplicate detection: of the pairs of articles filed under one story, the share that
/// are copies of one story by the generator's key (precision), and of those pairs, the share filed together (recall).
/// </summary>
internal sealed record StoryScore(long TruePairs, long FiledPairs, long Agreeing)
{
    public double Precision => FiledPairs == 0 ? 1 : (double)Agreeing / FiledPairs;

    public double Recall => TruePairs == 0 ? 1 : (double)Agreeing / TruePairs;

    /// <param name="articles">Each article's story by the key and the story it was filed under.</param>
    public static StoryScore Of(IEnumerable<(string Truth, string Filed)> articles)
    {
        var list = articles.ToList();
        static long Pairs(IEnumerable<int> sizes) => sizes.Sum(n => (long)n * (n - 1) / 2);
        return new StoryScore(
            Pairs(list.CountBy(a => a.Truth).Select(c => c.Value)),
            Pairs(list.CountBy(a => a.Filed).Select(c => c.Value)),
            Pairs(list.CountBy(a => a).Select(c => c.Value)));
    }

    public override string ToString() =>
        $"precision {Precision:F4} recall {Recall:F4} ({Agreeing} of {FiledPairs} filed pairs agree; {TruePairs} pairs of copies in the key)";
}
