using System.Text;
using System.Text.Json;
using GeoGraph.Api.Composition;
using GeoGraph.Graph;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Endpoints;

public static class ArticleSubmissionEndpoints
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public sealed record Accepted(string Id, string File, string Status);

    public static IEndpointRouteBuilder MapArticleSubmissionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/articles", SubmitAsync).WithTags("Articles").WithName("SubmitArticle")
            .WithSummary("Queues an article (text/plain, or JSON with title, text, published, source: metadata kept as fields) for ingestion; needs X-Api-Key.")
            .AddEndpointFilter<ApiKeyFilter>()
            .Accepts<ArticleSubmission>("application/json", "text/plain");
        return app;
    }

    private static async Task<Results<Accepted<Accepted>, ValidationProblem>> SubmitAsync(
        HttpRequest request, InboxWriter inbox, IOptions<ApiOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var limit = options.Value.MaxArticleBytes;
        var body = await ReadBodyAsync(request, limit, cancellationToken);
        if (body is null)
        {
            errors.Add("body", $"The article must be at most {limit} bytes.");
            return errors.Problem();
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            errors.Add("body", "The body is not valid UTF-8.");
            return errors.Problem();
        }
        var submission = Parse(request, text, errors);
        if (submission is not null)
        {
            foreach (var problem in SubmissionRules.Check(submission, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
                errors.Add(problem.Field, problem.Message);
        }
        if (errors.Any) return errors.Problem();
        var file = await inbox.WriteAsync(submission!, cancellationToken);
        var id = ArticleRecord.IdFor(file);
        return TypedResults.Accepted($"/api/articles/{id}", new Accepted(id, file, "queued"));
    }

    private static ArticleSubmission? Parse(HttpRequest request, string body, RequestErrors errors)
    {
        if (!request.HasJsonContentType()) return new ArticleSubmission(null, body, null, null);
        try
        {
            return JsonSerializer.Deserialize<ArticleSubmission>(body, JsonSerializerOptions.Web) ?? new ArticleSubmission(null, null, null, null);
        }
        catch (JsonException)
        {
            errors.Add("body", "The body is not valid JSON.");
            return null;
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
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
        return buffer.ToArray();
    }
}
