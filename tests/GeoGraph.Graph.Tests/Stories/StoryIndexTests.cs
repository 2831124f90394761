using GeoGraph.Graph.Stories;

namespace GeoGraph.Graph.Tests.Stories;

public sealed class StoryIndexTests
{
    private const double Threshold = 0.7;

    [Fact]
    public void Matches_as_a_search_of_every_indexed_article_would_through_adds_removals_and_replacements()
    {
        var random = new Random(15);
        var originals = Enumerable.Range(0, 300).Select(_ => Signature(random)).ToList();
        var index = new StoryIndex(Threshold);
        var indexed = new Dictionary<string, (StoryFingerprint Fingerprint, string Story)>();
        for (var step = 0; step < 6000; step++)
        {
            var id = $"a{random.Next(1500)}";
            if (random.Next(4) == 0)
            {
                index.Remove(id);
                indexed.Remove(id);
                continue;
            }
            var fingerprint = Copy(originals[random.Next(originals.Count)], changed: random.Next(0, 30), random);

            var story = index.Match(fingerprint, id);

            story.Should().Be(Expected(indexed, fingerprint, id), $"step {step}");
            index.Add(id, fingerprint, story ?? id);
            indexed[id] = (fingerprint, story ?? id);
        }
    }

    [Fact]
    public void A_band_table_keeps_every_key_reachable_after_removals_in_crowded_runs()
    {
        var table = new BandTable();
        var keys = Enumerable.Range(0, 20_000).Select(i => (long)i * 4096).ToList();
        foreach (var key in keys) table.Set(key, (int)(key / 4096));

        foreach (var key in keys.Where(k => k % 3 == 0)) table.Remove(key);

        foreach (var key in keys)
        {
            table.TryGetValue(key, out var value).Should().Be(key % 3 != 0);
            if (key % 3 != 0) value.Should().Be((int)(key / 4096));
        }
    }

    private static string? Expected(Dictionary<string, (StoryFingerprint Fingerprint, string Story)> indexed, StoryFingerprint fingerprint, string id) => indexed
        .Where(a => a.Key != id && a.Value.Fingerprint.Bands.Intersect(fingerprint.Bands).Any())
        .Select(a => (a.Value.Story, Similarity: fingerprint.Similarity(a.Value.Fingerprint)))
        .Where(a => a.Similarity >= Threshold)
        .OrderByDescending(a => a.Similarity).ThenBy(a => a.Story, StringComparer.Ordinal)
        .Select(a => a.Story).FirstOrDefault();

    private static int[] Signature(Random random) => [.. Enumerable.Range(0, StoryFingerprint.SignatureLength).Select(_ => random.Next())];

    private static StoryFingerprint Copy(int[] original, int changed, Random random)
    {
        var copy = (int[])original.Clone();
        for (var i = 0; i < changed; i++) copy[random.Next(copy.Length)] = random.Next();
        return new StoryFingerprint(copy);
    }
}
