using Microsoft.AspNetCore.Mvc;

namespace GeoGraph.Api.Endpoints.Parameters;

/// <summary>GET /api/entities.</summary>
public sealed record EntitySearchRequest(
    [FromQuery(Name = "search")] string? Search,
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "limit")] int? Limit) : IValidatedRequest
{
    public string? EntityType => RequestErrors.CanonicalEntityType(Type);

    public void Validate(RequestErrors errors)
    {
        errors.Text("search", Search, RequestErrors.MaxSearchLength);
        errors.EntityType(Type);
        errors.Range("limit", Limit, 1, RequestErrors.MaxLimit);
    }
}
