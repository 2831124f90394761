using GeoGraph.Api.Endpoints.Parameters;
using GeoGraph.Api.OpenApi;
using GeoGraph.Graph;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Endpoints;

public static class ArticleSubmissionEndpoints
{
    public sealed record Accepted(string Id, string File, string Status);

    public static IEndpointRouteBuilder MapArticleSubmissionEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/articles", SubmitAsync).WithTags("Articles").WithName("SubmitArticle")
            .WithSummary("Queues an article (text/plain, or JSON with text and optional title, published, source: metadata kept as fields) for ingestion; needs X-Api-Key.")
            .Accepts<ArticleSubmission>("application/json", PlainTextBody.MediaType)
            .WithMetadata(new ApiKeyRequired())
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return api;
    }

    private static async Task<Accepted<Accepted>> SubmitAsync(SubmissionRequest request, InboxWriter inbox, CancellationToken cancellationToken)
    {
        var file = await inbox.WriteAsync(request.Submission!, cancellationToken);
        var id = ArticleRecord.IdFor(file);
        return TypedResults.Accepted($"/api/articles/{id}", new Accepted(id, file, "queued"));
    }
}
