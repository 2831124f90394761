using System.Diagnostics;
using GeoGraph.Cli.Generation;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Graph;
using GeoGraph.Graph.Embedded;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;
using GeoGraph.Graph.Stories;

namespace GeoGraph.Benchmarks;

/// <summary>
/// Duplicate detection on a generated corpus with known copies (a share of its articles syndicated with new furniture and
/// light edits): every article fingerprinted and filed by the embedded store in corpus order, then each article's story
/// compared with the generator's. Fails below the 0.98 precision or recall.
/// </summary>
internal static class StoryBenchmark
{
    private const double Target = 0.98;

    public static async Task<int> RunAsync(int articles, double syndicatedShare)
    {
        var corpus = new CorpusGenerator(KnowledgeBase.Default, seed: 15).Generate(articles, "stories", syndicatedShare).ToList();
        var watch = Stopwatch.StartNew();
        var fingerprints = new StoryFingerprint?[corpus.Count];
        Parallel.For(0, corpus.Count, i => fingerprints[i] = StoryFingerprinter.Default.Of(corpus[i].Text));
        var fingerprinting = watch.Elapsed.TotalSeconds;
        var store = new EmbeddedGraphStore();
        for (var i = 0; i < corpus.Count; i++)
        {
            var id = ArticleRecord.IdFor(corpus[i].FileName);
            // Stories do not depend on what was extracted: an empty graph keeps the benchmark to detection alone.
            await store.UpsertArticleAsync(new ArticleRecord(id, corpus[i].FileName, id, DateTimeOffset.UnixEpoch, new ArticleGraph(corpus[i].FileName, null, null, [], []))
            {
                Fingerprint = fingerprints[i],
            });
        }
        var filing = watch.Elapsed.TotalSeconds - fingerprinting;
        var reader = new GraphReader(store, QueryCatalogue.Default);
        var filed = new List<(string, string)>(corpus.Count);
        foreach (var article in corpus)
            filed.Add((ArticleRecord.IdFor(article.Story), (await reader.GetArticleAsync(ArticleRecord.IdFor(article.FileName), default, default))!.Story.Id));
        var score = StoryScore.Of(filed);
        var copies = corpus.Count(a => a.Story != a.FileName);
        Console.WriteLine($"{articles} articles, {copies} syndicated copies of {corpus.Count - copies} stories: {score}");
        Console.WriteLine($"fingerprinting {fingerprinting:F1} s ({articles / fingerprinting:F0} articles/s on {Environment.ProcessorCount} cores), filing {filing:F1} s ({articles / filing:F0} articles/s)");
        return score.Precision >= Target && score.Recall >= Target ? 0 : 1;
    }
}
