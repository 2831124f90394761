using System.Text.Json;
using GeoGraph.Extraction;
using GeoGraph.Extraction.Evaluation;

namespace GeoGraph.Benchmarks;

/// <summary>
/// The speed work's guard: every hand-keyed corpus of the test suite must keep its entity, core and overall F1 to the
/// second decimal against <c>quality-baseline.json</c>, recorded with the extractor's last change of what it reads. A
/// faster extractor that reads less is no result.
/// </summary>
internal static class QualityGate
{
    private static readonly string Corpora = Path.Combine(Repository.Root, "tests", "GeoGraph.Extraction.Tests", "Corpus");
    private static readonly string BaselineFile = Path.Combine(Repository.Root, "bench", "GeoGraph.Benchmarks", "quality-baseline.json");

    public static Dictionary<string, double[]> Measure()
    {
        var extractor = new ArticleExtractor();
        var scores = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var key in Directory.GetFiles(Corpora, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(key)[..^".gold.json".Length];
            var folder = Path.Combine(Corpora, name == "corpus" ? "articles" : name);
            var graphs = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(path => extractor.Extract(Path.GetFileName(path), File.ReadAllText(path)));
            var report = new Evaluator(AnswerKey.Parse(File.ReadAllText(key))).Evaluate(graphs);
            scores[name] = [Math.Round(report.Entities.F1, 2), Math.Round(report.Core.F1, 2), Math.Round(report.All.F1, 2)];
        }
        return scores;
    }

    public static void Record() => File.WriteAllText(BaselineFile, JsonSerializer.Serialize(Measure(), new JsonSerializerOptions { WriteIndented = true }) + "\n");

    /// <summary>Prints each corpus's scores and throws if any moved from the baseline.</summary>
    public static void Check()
    {
        var baseline = JsonSerializer.Deserialize<Dictionary<string, double[]>>(File.ReadAllText(BaselineFile))!;
        var measured = Measure();
        foreach (var (name, scores) in measured)
        {
            var expected = baseline.GetValueOrDefault(name) ?? throw new InvalidOperationException($"No baseline for corpus {name}: run 'extraction --record-quality' on the code before the change.");
            Console.WriteLine($"  quality {name,-9} entities {scores[0]:F2}  core {scores[1]:F2}  all {scores[2]:F2}{(scores.SequenceEqual(expected) ? "" : $"  CHANGED from {string.Join(" / ", expected)}")}");
        }
        var missing = baseline.Keys.Except(measured.Keys).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"Keyed corpora missing: {string.Join(", ", missing)}.");
        if (measured.Any(m => !m.Value.SequenceEqual(baseline[m.Key]))) throw new InvalidOperationException("Extraction quality changed: see the lines marked CHANGED.");
    }
}
