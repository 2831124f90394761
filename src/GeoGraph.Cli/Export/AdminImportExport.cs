using System.Runtime;
using GeoGraph.Extraction;
using GeoGraph.Graph;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Worker;

namespace GeoGraph.Cli.Export;

/// <summary>
/// Exports articles as the CSV files of <c>neo4j-admin database import full</c>. A batch of files is read, extracted and
/// fingerprinted on every core while the previous batch is written, in path order, by one thread: memory holds two
/// batches, the entities and the per-article story index, never the articles' graphs.
/// </summary>
public sealed class AdminImportExport(string folder, int parallelism, double storyThreshold, TimeProvider clock)
{
    private const int BatchSize = 256;

    public sealed record Summary(int Files, int Articles, int SameBytes, int Unreadable, int Entities, int Facts);

    /// <param name="unreadable">Told of each file that could not be read, with the reason; the others are exported.</param>
    public Summary Run(IEnumerable<string> paths, Action<string, string> unreadable, CancellationToken cancellationToken)
    {
        // A long batch job building a large index: background (concurrent) collections only leave more garbage standing.
        var latency = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        try { return Export(paths, unreadable, cancellationToken); }
        finally { GCSettings.LatencyMode = latency; }
    }

    private Summary Export(IEnumerable<string> paths, Action<string, string> unreadable, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var extractor = new ArticleExtractor();
        var (files, failed) = (0, 0);
        using var rows = new ArticleRows(folder, storyThreshold);
        var writing = Task.CompletedTask;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        foreach (var batch in paths.Chunk(BatchSize))
        {
            var read = new ReadArticle[batch.Length];
            Parallel.For(0, batch.Length, options, i => read[i] = Read(batch[i], extractor));
            writing.GetAwaiter().GetResult();
            files += batch.Length;
            writing = Task.Run(() =>
            {
                foreach (var article in read)
                {
                    if (article.Record is { } record) rows.Write(record);
                    else
                    {
                        failed++;
                        unreadable(article.Path, article.Error!);
                    }
                }
            }, cancellationToken);
        }
        writing.GetAwaiter().GetResult();
        rows.Finish(folder);
        return new Summary(files, rows.Written, rows.SameBytes, failed, rows.Entities, rows.Facts);
    }

    private ReadArticle Read(string path, ArticleExtractor extractor)
    {
        var (article, error) = ArticleFileReader.TryRead(path);
        return article is null
            ? new ReadArticle(path, null, error)
            : new ReadArticle(path, ArticleLoader.Record(article, ArticleRecord.IdFor(article.Name), ExtractedArticle.Of(extractor, article), clock.GetUtcNow()), null);
    }
}
