using System.Diagnostics;
using GeoGraph.Cli.Output;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Benchmarks;

/// <summary>
/// What an <c>extract</c> run spends on one core before and after any reading of meaning, each part timed alone in
/// this process (best of several passes, warm, compiled by the JIT where the command is native code): opening and
/// reading one file per article, which <c>wc -w</c> over one file does once; tokenizing the text the extractor reads
/// (the cleaner's content blocks); formatting each article's record, written to a stream that discards it, so that the
/// kernel's share of writing is left out. Next to <c>wc -w</c>'s time they show how much of a tenth of it is left for
/// the extraction itself — a floor, since each part is timed at its cheapest.
/// </summary>
internal sealed record ExtractionFloor(TimeSpan Reading, TimeSpan Tokenizing, TimeSpan Formatting)
{
    public TimeSpan Total => Reading + Tokenizing + Formatting;

    /// <param name="graphs">The articles' graphs, already made by the caller, whose records are formatted.</param>
    public static ExtractionFloor Measure(string folder, IReadOnlyList<ArticleGraph> graphs, int passes)
    {
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray();
        var texts = files.Select(file => TextNormalizer.Normalize(File.ReadAllText(file)).Value).ToArray();
        var cleaner = new ArticleCleaner(KnowledgeBase.Default.Boilerplate);
        var content = texts.Select(text => cleaner.Classify(text).Where(block => block.Kind != BlockKind.Furniture).ToArray()).ToArray();
        var tokens = new List<Token>();

        return new ExtractionFloor(
            BestOf(passes, () =>
            {
                foreach (var file in files) File.ReadAllBytes(file);
            }),
            BestOf(passes, () =>
            {
                for (var article = 0; article < texts.Length; article++)
                {
                    foreach (var block in content[article])
                    {
                        tokens.Clear();
                        Tokenizer.Tokenize(texts[article], block.Start, block.End, tokens);
                    }
                }
            }),
            BestOf(passes, () =>
            {
                foreach (var graph in graphs) ArticleJson.ToUtf8Line(graph).WriteTo(Stream.Null);
            }));
    }

    private static TimeSpan BestOf(int passes, Action pass)
    {
        var best = TimeSpan.MaxValue;
        for (var run = 0; run <= passes; run++)
        {
            var watch = Stopwatch.StartNew();
            pass();
            // The first pass warms caches and compiles the code; it is not counted.
            if (run > 0 && watch.Elapsed < best) best = watch.Elapsed;
        }
        return best;
    }
}
