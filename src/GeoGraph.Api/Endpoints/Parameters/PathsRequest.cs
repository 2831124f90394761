using Microsoft.AspNetCore.Mvc;

namespace GeoGraph.Api.Endpoints.Parameters;

/// <summary>GET /api/paths.</summary>
public sealed record PathsRequest(
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "maxHops")] int? MaxHops) : IValidatedRequest
{
    public const int DefaultMaxHops = 4;
    public const int Longest = 6;

    public void Validate(RequestErrors errors)
    {
        errors.EntityId("from", From, required: true);
        errors.EntityId("to", To, required: true);
        errors.Range("maxHops", MaxHops, 1, Longest);
    }
}
