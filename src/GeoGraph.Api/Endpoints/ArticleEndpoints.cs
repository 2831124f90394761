using GeoGraph.Graph.Reading;
using GeoGraph.Ingestion.Worker;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Endpoints;

public static class ArticleEndpoints
{
    /// <summary>An article file and what became of it: ingested (with its counts), quarantined or failed (with the reason).</summary>
    public sealed record ArticleStatus(
        string Id, string Status, string? FileName, string? Title, string? Published, string? ContentHash, string? IngestedAt,
        int EntityCount, int FactCount, string? Reason);

    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles");
        group.MapGet("/", ListAsync).WithName("ListArticles")
            .WithSummary("Ingested articles, newest first, then files the worker set aside or could not load, with the reason.");
        group.MapGet("/{id}", GetAsync).WithName("GetArticle")
            .WithSummary("One ingested article: its metadata, the entities it mentions and the facts read from it.");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<ArticleStatus>>, ValidationProblem>> ListAsync(
        string? limit, GraphReader reader, IngestionStatus ingestion, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var max = errors.Limit(limit);
        if (errors.Any) return errors.Problem();
        var loaded = await reader.ListArticlesAsync(max, cancellationToken);
        var loadedIds = loaded.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var notLoaded = ingestion.Outcomes
            .Where(o => o.State is IngestionState.Quarantined or IngestionState.Failed && !loadedIds.Contains(o.ArticleId))
            .Select(o => new ArticleStatus(o.ArticleId, o.State.ToString().ToLowerInvariant(), Path.GetFileName(o.File),
                null, null, null, null, 0, 0, o.Reason));
        IReadOnlyList<ArticleStatus> all = [.. loaded.Select(a => new ArticleStatus(a.Id, "ingested", a.FileName, a.Title, a.Published,
            a.ContentHash, a.IngestedAt, a.EntityCount, a.FactCount, null)).Concat(notLoaded).Take(max)];
        return TypedResults.Ok(all);
    }

    private static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult, ValidationProblem>> GetAsync(
        string id, GraphReader reader, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        if (id.Length > RequestErrors.MaxIdLength || id.Any(char.IsControl)) errors.Add("id", $"'id' must be an article id of at most {RequestErrors.MaxIdLength} characters.");
        if (errors.Any) return errors.Problem();
        return await reader.GetArticleAsync(id, cancellationToken) is { } article
            ? TypedResults.Ok(article)
            : NotFound.Problem($"There is no ingested article '{id}'.");
    }
}
