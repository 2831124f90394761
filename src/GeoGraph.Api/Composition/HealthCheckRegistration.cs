namespace GeoGraph.Api.Composition;

public static class HealthCheckRegistration
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddGeoGraphHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<IngestionReadyCheck>("ingestion", tags: [ReadyTag]);
        return services;
    }
}
