using System.Text;
using System.Text.Json;
using GeoGraph.Api.Composition;
using GeoGraph.Ingestion.Submissions;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Endpoints.Parameters;

/// <summary>
/// POST /api/articles: the body, read up to the size limit as strict UTF-8, as JSON <see cref="ArticleSubmission"/> or as
/// plain text, with whatever makes it no article (<see cref="SubmissionRules"/>) kept for <see cref="ValidationFilter"/>.
/// </summary>
public sealed class SubmissionRequest : IValidatedRequest
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly List<SubmissionProblem> _problems = [];

    private SubmissionRequest()
    {
    }

    /// <summary>The submission; set whenever <see cref="Validate"/> finds nothing wrong.</summary>
    public ArticleSubmission? Submission { get; private set; }

    public static async ValueTask<SubmissionRequest> BindAsync(HttpContext context)
    {
        var request = new SubmissionRequest();
        var limit = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxArticleBytes;
        var body = await ReadBodyAsync(context.Request, limit, context.RequestAborted);
        if (body is null) return request.Refuse($"The article must be at most {limit} bytes.");
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return request.Refuse("The body is not valid UTF-8.");
        }
        if (!context.Request.HasJsonContentType())
        {
            request.Submission = new ArticleSubmission(null, text, null, null);
        }
        else
        {
            try
            {
                request.Submission = JsonSerializer.Deserialize<ArticleSubmission>(text, JsonSerializerOptions.Web) ?? new ArticleSubmission(null, null, null, null);
            }
            catch (JsonException)
            {
                return request.Refuse("The body is not valid JSON.");
            }
        }
        var today = DateOnly.FromDateTime(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        request._problems.AddRange(SubmissionRules.Check(request.Submission, today));
        return request;
    }

    public void Validate(RequestErrors errors)
    {
        foreach (var problem in _problems) errors.Add(problem.Field, problem.Message);
    }

    private SubmissionRequest Refuse(string message)
    {
        _problems.Add(new SubmissionProblem("body", message));
        return this;
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
