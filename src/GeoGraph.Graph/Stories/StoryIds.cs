namespace GeoGraph.Graph.Stories;

/// <summary>A story is named after the article that started it; <c>cypher/store/upsert-article.cypher</c> names them the same way.</summary>
public static class StoryIds
{
    private const int HashCharacters = 12;

    /// <summary>The id of a new story whose article's own id still names another story (that of its earlier text's copies).</summary>
    public static string Distinct(string articleId, string contentHash) =>
        $"{articleId}~{contentHash[..Math.Min(HashCharacters, contentHash.Length)]}";
}
