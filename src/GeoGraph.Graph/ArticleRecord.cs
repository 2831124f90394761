using GeoGraph.Extraction.Model;
using GeoGraph.Graph.Stories;

namespace GeoGraph.Graph;

/// <summary>
/// An article ready to load: where it came from, when, and the graph extracted from it; <paramref name="Source"/> is
/// where a submission says the article was published (a field of the article, never part of its text).
/// </summary>
public sealed record ArticleRecord(string Id, string FileName, string ContentHash, DateTimeOffset IngestedAt, ArticleGraph Graph, string? Source = null)
{
    /// <summary>The fingerprint of its text, by which a store files it under a story; null for an article without prose.</summary>
    public StoryFingerprint? Fingerprint { get; init; }

    /// <summary>
    /// The story it was filed under (the id of the story's first article), once filed; null asks the store to file it:
    /// under the story of the most similar article it holds, if similar enough, else a story of its own. The embedded
    /// stores keep a story given (a restart, records read back from an export); Neo4j files every article it writes.
    /// </summary>
    public string? Story { get; init; }

    /// <summary>
    /// The date a fact from this article counts as seen: the article's publication date, else the date the fact states
    /// (unless it is planned, so still to come), else unknown. The day the file was read is never such a date.
    /// </summary>
    public string? SeenOf(ExtractedRelation relation) => Graph.Published?.ToString("yyyy-MM-dd") ?? (relation.Planned ? null : relation.Date);

    /// <summary>
    /// The date <c>since</c> and <c>until</c> are compared with: the date the fact states (planned ones included), else
    /// the article's publication date, else unknown.
    /// </summary>
    public string? WhenOf(ExtractedRelation relation) => relation.Date ?? Graph.Published?.ToString("yyyy-MM-dd");

    /// <summary>The article id for a file: its name without extension (both parts of a submission's <c>.article.json</c>).</summary>
    public static string IdFor(string fileName) => Path.GetFileNameWithoutExtension(
        fileName.EndsWith(".article.json", StringComparison.OrdinalIgnoreCase) ? fileName[..^".json".Length] : fileName);
}
