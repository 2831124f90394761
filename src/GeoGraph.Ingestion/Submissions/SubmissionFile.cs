using System.Text.Json;
using GeoGraph.Ingestion.Files;

namespace GeoGraph.Ingestion.Submissions;

/// <summary>
/// A submission as the API leaves it in the inbox: one JSON file (<c>*.article.json</c>) holding the text and the
/// metadata fields, so the metadata never has to be written into the text to travel with it.
/// </summary>
public static class SubmissionFile
{
    public const string Extension = ".article.json";

    public static byte[] Serialize(ArticleSubmission submission) => JsonSerializer.SerializeToUtf8Bytes(submission, SubmissionJson.Default.ArticleSubmission);

    public static bool IsSubmission(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The text and metadata of a submission file; a file that is not a valid submission is unreadable, with the reason.</summary>
    public static (string Text, ArticleMetadata Metadata) Decode(string path, byte[] bytes, DateOnly today)
    {
        ArticleSubmission? submission;
        try
        {
            submission = JsonSerializer.Deserialize(bytes, SubmissionJson.Default.ArticleSubmission);
        }
        catch (JsonException ex)
        {
            throw new UnreadableArticleException(path, $"not a valid submission: {ex.Message}");
        }
        if (submission is null) throw new UnreadableArticleException(path, "not a valid submission: null");
        var problems = SubmissionRules.Check(submission, today);
        if (problems.Count > 0) throw new UnreadableArticleException(path, string.Join(" ", problems.Select(p => p.Message)));
        return (submission.Text!, SubmissionRules.Metadata(submission));
    }
}
