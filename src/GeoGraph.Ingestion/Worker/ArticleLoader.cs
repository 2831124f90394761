using GeoGraph.Extraction;
using GeoGraph.Extraction.Model;
using GeoGraph.Graph;
using GeoGraph.Ingestion.Files;

namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// Loads one decoded article: skipped when the store already holds these bytes, else extracted and upserted.
/// The extractor is built on first use: a restart that finds every file unchanged never spends time reading its lexicon.
/// </summary>
public sealed class ArticleLoader(IGraphStore store, Lazy<ArticleExtractor> extractor, TimeProvider clock)
{
    /// <summary>
    /// Loads the article under <paramref name="articleId"/>, by default the file's name without extension; its graph is
    /// <paramref name="extracted"/> when it was extracted ahead, else extracted here.
    /// </summary>
    public async Task<IngestionOutcome> LoadAsync(ArticleFile article, CancellationToken cancellationToken, string? articleId = null, ArticleGraph? extracted = null)
    {
        articleId ??= ArticleRecord.IdFor(article.Name);
        if (await store.GetContentHashAsync(articleId, cancellationToken) == article.ContentHash)
            return new IngestionOutcome(article.Path, articleId, IngestionState.Unchanged);
        var graph = extracted ?? extractor.Value.Extract(article.Name, article.Text);
        if (article.Metadata is { } metadata)
            graph = graph with { Title = metadata.Title ?? graph.Title, Published = metadata.Published ?? graph.Published };
        await store.UpsertArticleAsync(new ArticleRecord(articleId, article.Name, article.ContentHash, clock.GetUtcNow(), graph, article.Metadata?.Source), cancellationToken);
        return new IngestionOutcome(article.Path, articleId, IngestionState.Ingested, graph.Entities.Count, graph.Relations.Count)
        {
            Published = graph.Published?.ToString("yyyy-MM-dd"),
        };
    }
}
