using GeoGraph.Extraction;
using GeoGraph.Extraction.Model;
using GeoGraph.Graph.Stories;
using GeoGraph.Ingestion.Files;

namespace GeoGraph.Ingestion.Worker;

/// <summary>What is read from an article's text before it is stored: its graph and the fingerprint of its story.</summary>
public sealed record ExtractedArticle(ArticleGraph Graph, StoryFingerprint? Fingerprint)
{
    /// <summary>Extracts and fingerprints the article; pure, so it runs on any thread.</summary>
    public static ExtractedArticle Of(ArticleExtractor extractor, ArticleFile article) =>
        new(extractor.Extract(article.Name, article.Text), StoryFingerprinter.Default.Of(article.Text));
}
