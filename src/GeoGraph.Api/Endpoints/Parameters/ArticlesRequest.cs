using Microsoft.AspNetCore.Mvc;

namespace GeoGraph.Api.Endpoints.Parameters;

/// <summary>GET /api/articles.</summary>
public sealed record ArticlesRequest(
    [FromQuery(Name = "offset")] int? Offset,
    [FromQuery(Name = "limit")] int? Limit) : IValidatedRequest
{
    public void Validate(RequestErrors errors) => errors.Page(Offset, Limit);
}
