using System.Globalization;
using System.Text;
using System.Text.Json;
using GeoGraph.Api.Composition;
using GeoGraph.Graph;
using GeoGraph.Ingestion.Files;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Endpoints;

public static class ArticleSubmissionEndpoints
{
    /// <summary>An article sent as JSON; plain text is taken as <see cref="Text"/> alone.</summary>
    public sealed record ArticleSubmission(string? Title, string? Text, string? Published, string? Source);

    public sealed record Accepted(string Id, string File, string Status);

    public static IEndpointRouteBuilder MapArticleSubmissionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/articles", SubmitAsync).WithTags("Articles").WithName("SubmitArticle")
            .WithSummary("Queues an article (text/plain, or JSON with title, text, published, source) for ingestion; needs X-Api-Key.")
            .AddEndpointFilter<ApiKeyFilter>()
            .Accepts<ArticleSubmission>("application/json", "text/plain");
        return app;
    }

    private static async Task<Results<Accepted<Accepted>, ValidationProblem>> SubmitAsync(
        HttpRequest request, InboxWriter inbox, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var limit = options.Value.MaxArticleBytes;
        var body = await ReadBodyAsync(request, limit, cancellationToken);
        if (body is null)
        {
            errors.Add("body", $"The article must be at most {limit} bytes.");
            return errors.Problem();
        }
        var submission = Parse(request, body, errors);
        if (errors.Any) return errors.Problem();
        var file = await inbox.WriteAsync(Compose(submission!), cancellationToken);
        var id = ArticleRecord.IdFor(file);
        return TypedResults.Accepted($"/api/articles/{id}", new Accepted(id, file, "queued"));
    }

    private static ArticleSubmission? Parse(HttpRequest request, string body, RequestErrors errors)
    {
        ArticleSubmission submission;
        if (request.HasJsonContentType())
        {
            try
            {
                submission = JsonSerializer.Deserialize<ArticleSubmission>(body, JsonSerializerOptions.Web) ?? new ArticleSubmission(null, null, null, null);
            }
            catch (JsonException)
            {
                errors.Add("body", "The body is not valid JSON.");
                return null;
            }
        }
        else submission = new ArticleSubmission(null, body, null, null);
        if (string.IsNullOrWhiteSpace(submission.Text)) errors.Add("text", "'text' is required and must not be empty.");
        if (submission.Title is { Length: > 500 } || submission.Title?.Contains('\n') == true) errors.Add("title", "'title' must be one line of at most 500 characters.");
        if (submission.Source is { Length: > 2000 }) errors.Add("source", "'source' must be at most 2000 characters.");
        if (submission.Published is { } published && !DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            errors.Add("published", "'published' must be a date written yyyy-MM-dd.");
        return submission;
    }

    /// <summary>The file the worker will read: title line, publication stamp and source as page furniture, then the text.</summary>
    private static string Compose(ArticleSubmission submission)
    {
        var text = new StringBuilder();
        if (submission.Title is { Length: > 0 } title) text.Append(title.Trim()).Append('\n');
        if (submission.Published is { } published) text.Append("Published: ").Append(published).Append('\n');
        if (submission.Source is { Length: > 0 } source) text.Append("Source: ").Append(source.Trim()).Append('\n');
        if (text.Length > 0) text.Append('\n');
        return text.Append(submission.Text!.Trim()).Append('\n').ToString();
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
