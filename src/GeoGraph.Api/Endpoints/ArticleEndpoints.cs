using GeoGraph.Api.Answers;
using GeoGraph.Api.Endpoints.Parameters;
using GeoGraph.Graph.Reading;
using GeoGraph.Ingestion.Worker;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Endpoints;

public static class ArticleEndpoints
{
    /// <summary>A file the worker set aside (quarantined) or could not load (failed), with the reason.</summary>
    public sealed record SetAsideFile(string Id, string Status, string FileName, string? Reason);

    /// <summary>A page of ingested articles, newest first, and the files set aside (at most <c>limit</c> of them).</summary>
    public sealed record ArticleList(IReadOnlyList<ArticleSummary> Items, int Offset, int Limit, bool HasMore, IReadOnlyList<SetAsideFile> SetAside);

    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/articles").WithTags("Articles");
        group.MapGet("/", ListAsync).WithName("ListArticles")
            .WithSummary("Ingested articles, newest first, a page at a time; and the files the worker set aside or could not load, with the reason.");
        group.MapGet("/{id}", GetAsync).WithName("GetArticle").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One ingested article: its title, date and source, its story (the story's id and every article in it: copies of one story), the entities it mentions and the facts read from it (within a date window).");
        return api;
    }

    private static async Task<Ok<ArticleList>> ListAsync(
        [AsParameters] ArticlesRequest request, GraphReader reader, IngestionStatus ingestion, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? RequestErrors.DefaultLimit;
        var page = await reader.ListArticlesAsync(request.Offset ?? 0, limit, cancellationToken);
        var loaded = page.Items.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<SetAsideFile> setAside = [.. ingestion.Outcomes
            .Where(o => o.State is IngestionState.Quarantined or IngestionState.Failed && !loaded.Contains(o.ArticleId))
            .Select(o => new SetAsideFile(o.ArticleId, o.State.ToString().ToLowerInvariant(), Path.GetFileName(o.File), o.Reason))
            .Take(limit)];
        return TypedResults.Ok(new ArticleList(page.Items, page.Offset, page.Limit, page.HasMore, setAside));
    }

    private static async Task<Results<JsonAnswer<ArticleDetail>, ProblemHttpResult>> GetAsync(
        [AsParameters] ArticleRequest request, GraphReader reader, AnswerCache answers, CancellationToken cancellationToken)
    {
        var json = await answers.GetOrAddAsync(request.ToString(), () => reader.GetArticleAsync(request.Id, request.Window, cancellationToken));
        return json is null ? NotFound.Problem($"There is no ingested article '{request.Id}'.") : new JsonAnswer<ArticleDetail>(json);
    }
}
