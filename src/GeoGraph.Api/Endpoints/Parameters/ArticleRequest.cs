using GeoGraph.Graph.Queries;
using Microsoft.AspNetCore.Mvc;

namespace GeoGraph.Api.Endpoints.Parameters;

/// <summary>GET /api/articles/{id}: the article, with its facts within a date window.</summary>
public sealed record ArticleRequest(
    [FromRoute(Name = "id")] string Id,
    [FromQuery(Name = "since")] DateOnly? Since,
    [FromQuery(Name = "until")] DateOnly? Until) : IValidatedRequest
{
    public DateWindow Window => Dates.Window(Since, Until);

    public void Validate(RequestErrors errors)
    {
        errors.ArticleId(Id);
        errors.Window(Since, Until);
    }
}
