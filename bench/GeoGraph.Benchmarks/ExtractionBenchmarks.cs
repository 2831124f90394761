using BenchmarkDotNet.Attributes;
using GeoGraph.Extraction;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Benchmarks;

/// <summary>Micro-benchmarks of the extractor on generated articles; the set-up checks that the output is right.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private Corpus _corpus = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpus.Generate(100);
        _corpus.Check(_corpus.Articles.Select(a => _extractor.Extract(a.FileName, a.Text)));
    }

    [Benchmark(Description = "extract 100 articles")]
    public int Extract() => _corpus.Articles.Sum(a => _extractor.Extract(a.FileName, a.Text).Relations.Count);

    [Benchmark(Description = "tokenize 100 articles")]
    public int Tokenize() => _corpus.Articles.Sum(a => Tokenizer.Tokenize(a.Text).Count);
}
