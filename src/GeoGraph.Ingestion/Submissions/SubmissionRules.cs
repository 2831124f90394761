using System.Globalization;

namespace GeoGraph.Ingestion.Submissions;

/// <summary>
/// What a submission must be for the worker to take it: the API refuses a breach with 400, and the worker quarantines
/// a submission file that breaks them, with the same words. Title and source are single values without control
/// characters (a line break there once let a client write sentences into the article); a date must be plausible.
/// </summary>
public static class SubmissionRules
{
    public const int MaxTitleLength = 500;
    public const int MaxSourceLength = 2000;
    public const string DateFormat = "yyyy-MM-dd";
    public static readonly DateOnly EarliestPublished = new(1900, 1, 1);

    /// <summary>The reason a text cannot be an article, in the words the file reader uses; null when it can.</summary>
    public static string? TextProblem(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "'text' is required and must not be empty."
        : text.Contains('\0') ? "'text' contains U+0000 (NUL), which marks binary content, not text."
        : null;

    public static IReadOnlyList<SubmissionProblem> Check(ArticleSubmission submission, DateOnly today)
    {
        var problems = new List<SubmissionProblem>();
        if (TextProblem(submission.Text) is { } text) problems.Add(new("text", text));
        if (FieldProblem("title", submission.Title, MaxTitleLength) is { } title) problems.Add(title);
        if (FieldProblem("source", submission.Source, MaxSourceLength) is { } source) problems.Add(source);
        if (submission.Published is { } published && !IsPlausibleDate(published, today))
            problems.Add(new("published", $"'published' must be a date written {DateFormat}, from {EarliestPublished:yyyy-MM-dd} to {today.AddDays(1):yyyy-MM-dd}."));
        return problems;
    }

    /// <summary>The metadata of a submission that passed <see cref="Check"/>.</summary>
    public static ArticleMetadata Metadata(ArticleSubmission submission) => new(
        Blank(submission.Title),
        submission.Published is { } published ? DateOnly.ParseExact(published, DateFormat, CultureInfo.InvariantCulture) : null,
        Blank(submission.Source));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static SubmissionProblem? FieldProblem(string field, string? value, int maxLength) =>
        value is null ? null
        : value.Length > maxLength ? new(field, $"'{field}' must be at most {maxLength} characters.")
        : value.Any(char.IsControl) ? new(field, $"'{field}' must not contain control characters (line breaks, tabs, NUL).")
        : null;

    private static bool IsPlausibleDate(string value, DateOnly today) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && date >= EarliestPublished && date <= today.AddDays(1);
}
