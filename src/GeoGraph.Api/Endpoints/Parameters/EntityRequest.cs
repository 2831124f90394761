using GeoGraph.Graph.Queries;
using Microsoft.AspNetCore.Mvc;

namespace GeoGraph.Api.Endpoints.Parameters;

/// <summary>GET /api/entities/{id}: the entity and a page of its neighbours within a date window.</summary>
public sealed record EntityRequest(
    [FromRoute(Name = "id")] string Id,
    [FromQuery(Name = "since")] DateOnly? Since,
    [FromQuery(Name = "until")] DateOnly? Until,
    [FromQuery(Name = "offset")] int? Offset,
    [FromQuery(Name = "limit")] int? Limit) : IValidatedRequest
{
    /// <summary>Neighbours in a page unless <c>limit</c> says otherwise: a typical entity's answer stays near 15 KB.</summary>
    public const int DefaultNeighbours = 30;

    public DateWindow Window => Dates.Window(Since, Until);

    public void Validate(RequestErrors errors)
    {
        errors.EntityId("id", Id, required: true);
        errors.Window(Since, Until);
        errors.Page(Offset, Limit);
    }
}
