namespace GeoGraph.Api.Endpoints;

/// <summary>Marks an endpoint that <see cref="ApiKeyFilter"/> lets through only with the X-Api-Key, and that OpenAPI lists with that security scheme.</summary>
public sealed class ApiKeyRequired;
