using GeoGraph.Extraction;
using GeoGraph.Graph;
using GeoGraph.Graph.Stories;
using GeoGraph.Ingestion.Files;

namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// Loads one decoded article: skipped when the store already holds these bytes, else extracted, fingerprinted (for the
/// store to file it under a story) and upserted.
/// The extractor is built on first use: a restart that finds every file unchanged never spends time reading its lexicon.
/// </summary>
public sealed class ArticleLoader(IGraphStore store, Lazy<ArticleExtractor> extractor, TimeProvider clock)
{
    /// <summary>Loads the article under <paramref name="articleId"/>, by default the file's name without extension.</summary>
    public async Task<IngestionOutcome> LoadAsync(ArticleFile article, CancellationToken cancellationToken, string? articleId = null)
    {
        articleId ??= ArticleRecord.IdFor(article.Name);
        if (await store.GetContentHashAsync(articleId, cancellationToken) == article.ContentHash)
            return new IngestionOutcome(article.Path, articleId, IngestionState.Unchanged);
        var graph = extractor.Value.Extract(article.Name, article.Text);
        if (article.Metadata is { } metadata)
            graph = graph with { Title = metadata.Title ?? graph.Title, Published = metadata.Published ?? graph.Published };
        var record = new ArticleRecord(articleId, article.Name, article.ContentHash, clock.GetUtcNow(), graph)
        {
            Fingerprint = StoryFingerprinter.Default.Of(article.Text),
        };
        await store.UpsertArticleAsync(record, cancellationToken);
        return new IngestionOutcome(article.Path, articleId, IngestionState.Ingested, graph.Entities.Count, graph.Relations.Count)
        {
            Published = graph.Published?.ToString("yyyy-MM-dd"),
        };
    }
}
