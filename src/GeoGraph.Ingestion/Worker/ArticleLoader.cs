using GeoGraph.Extraction;
using GeoGraph.Graph;
using GeoGraph.Ingestion.Files;

namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// Loads one decoded article: skipped when the store already holds these bytes, else extracted, fingerprinted (for the
/// store to file it under a story) and upserted.
/// The extractor is built on first use: a restart that finds every file unchanged never spends time reading its lexicon.
/// </summary>
public sealed class ArticleLoader(IGraphStore store, Lazy<ArticleExtractor> extractor, TimeProvider clock)
{
    /// <summary>
    /// Loads the article under <paramref name="articleId"/>, by default the file's name without extension; its graph and
    /// fingerprint are <paramref name="extracted"/> when they were read ahead, else read here.
    /// </summary>
    public async Task<IngestionOutcome> LoadAsync(ArticleFile article, CancellationToken cancellationToken, string? articleId = null, ExtractedArticle? extracted = null)
    {
        articleId ??= ArticleRecord.IdFor(article.Name);
        if (await store.GetContentHashAsync(articleId, cancellationToken) == article.ContentHash)
            return new IngestionOutcome(article.Path, articleId, IngestionState.Unchanged);
        var record = Record(article, articleId, extracted ?? ExtractedArticle.Of(extractor.Value, article), clock.GetUtcNow());
        await store.UpsertArticleAsync(record, cancellationToken);
        var graph = record.Graph;
        return new IngestionOutcome(article.Path, articleId, IngestionState.Ingested, graph.Entities.Count, graph.Relations.Count)
        {
            Published = graph.Published?.ToString("yyyy-MM-dd"),
        };
    }

    /// <summary>
    /// The article's record: the graph <paramref name="extracted"/> from it (a submission's title and date over those of
    /// its text), a submission's source, and the fingerprint of its text.
    /// </summary>
    public static ArticleRecord Record(ArticleFile article, string articleId, ExtractedArticle extracted, DateTimeOffset ingestedAt)
    {
        var graph = article.Metadata is { } metadata
            ? extracted.Graph with { Title = metadata.Title ?? extracted.Graph.Title, Published = metadata.Published ?? extracted.Graph.Published }
            : extracted.Graph;
        return new ArticleRecord(articleId, article.Name, article.ContentHash, ingestedAt, graph, article.Metadata?.Source)
        {
            Fingerprint = extracted.Fingerprint,
        };
    }
}
