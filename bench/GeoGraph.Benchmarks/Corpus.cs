using GeoGraph.Cli.Generation;
using GeoGraph.Extraction.Evaluation;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Benchmarks;

/// <summary>A generated corpus in memory, and the check that what was extracted from it is right.</summary>
internal sealed record Corpus(IReadOnlyList<GeneratedArticle> Articles, long Bytes)
{
    public static Corpus Generate(int articles, int seed = 42)
    {
        var generated = new CorpusGenerator(KnowledgeBase.Default, seed).Generate(articles, $"bench-{seed}").ToList();
        return new Corpus(generated, generated.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text)));
    }

    public double Megabytes => Bytes / 1e6;

    /// <summary>Fails the benchmark when the output is wrong: a fast wrong answer is no result.</summary>
    public void Check(IEnumerable<ArticleGraph> graphs, double minimumF1 = 0.99)
    {
        var key = AnswerKey.Parse(AnswerKeyWriter.Write(Articles, KnowledgeBase.Default));
        var report = new Evaluator(key).Evaluate(graphs);
        if (report.All.F1 < minimumF1 || report.Entities.F1 < minimumF1)
            throw new InvalidOperationException($"Wrong output: relations F1 {report.All.F1:F3}, entities F1 {report.Entities.F1:F3}.");
    }
}
