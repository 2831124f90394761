using GeoGraph.Graph.Queries;
using Microsoft.AspNetCore.Mvc;

namespace GeoGraph.Api.Endpoints.Parameters;

/// <summary>GET /api/relations: facts by type and ends within a date window, a page at a time.</summary>
public sealed record RelationsRequest(
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "subject")] string? Subject,
    [FromQuery(Name = "object")] string? Object,
    [FromQuery(Name = "since")] DateOnly? Since,
    [FromQuery(Name = "until")] DateOnly? Until,
    [FromQuery(Name = "offset")] int? Offset,
    [FromQuery(Name = "limit")] int? Limit) : IValidatedRequest
{
    public string? RelationType => RequestErrors.CanonicalRelationType(Type);

    public DateWindow Window => Dates.Window(Since, Until);

    public void Validate(RequestErrors errors)
    {
        errors.RelationType(Type);
        errors.EntityId("subject", Subject, required: false);
        errors.EntityId("object", Object, required: false);
        errors.Window(Since, Until);
        errors.Page(Offset, Limit);
    }
}
