using GeoGraph.Graph.Queries;
using Microsoft.AspNetCore.Mvc;

namespace GeoGraph.Api.Endpoints.Parameters;

/// <summary>GET /api/relations/{subject}/{type}/{object}/evidence: every article's evidence for one fact, a page at a time.</summary>
public sealed record EvidenceRequest(
    [FromRoute(Name = "subject")] string Subject,
    [FromRoute(Name = "type")] string Type,
    [FromRoute(Name = "object")] string Object,
    [FromQuery(Name = "since")] DateOnly? Since,
    [FromQuery(Name = "until")] DateOnly? Until,
    [FromQuery(Name = "offset")] int? Offset,
    [FromQuery(Name = "limit")] int? Limit) : IValidatedRequest
{
    public string RelationType => RequestErrors.CanonicalRelationType(Type)!;

    public DateWindow Window => Dates.Window(Since, Until);

    public void Validate(RequestErrors errors)
    {
        errors.EntityId("subject", Subject, required: true);
        errors.RelationType(Type);
        errors.EntityId("object", Object, required: true);
        errors.Window(Since, Until);
        errors.Page(Offset, Limit);
    }
}
