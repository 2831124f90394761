using System.Net;
using GeoGraph.Neo4j.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeoGraph.Neo4j.Startup;

/// <summary>
/// Waits for Neo4j with capped exponential backoff, then applies cypher/schema (all IF NOT EXISTS, so idempotent)
/// and reports ready. It runs beside the web server, so /health/ready can say not-ready meanwhile; a refusal is logged
/// as an error and tried again, except refused credentials, which no wait mends: then the service stops, saying why.
/// </summary>
public sealed class Neo4jSchemaInitializer(Neo4jSchema schema, Neo4jReadiness readiness, TimeProvider clock, ILogger<Neo4jSchemaInitializer> logger)
    : BackgroundService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);
    private const string Unauthorized = "Neo.ClientError.Security.Unauthorized";

    private const string CredentialsRefused = "Neo4j refused GeoGraph:Neo4j:User and Password. With docker compose, NEO4J_AUTH "
        + "sets the password only when the neo4j-data volume is first created: after changing NEO4J_PASSWORD, either set it back, "
        + "change it inside Neo4j (ALTER CURRENT USER SET PASSWORD), or remove the volume (docker compose down -v) to start empty.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await schema.EnsureAppliedAsync(stoppingToken);
                readiness.Ready();
                logger.LogInformation("Neo4j answers; schema applied");
                return;
            }
            catch (Neo4jException ex) when (ex.Code == Unauthorized || ex.Status == HttpStatusCode.Unauthorized)
            {
                readiness.Waiting($"Neo4j refused the credentials: {ex.Message}");
                logger.LogCritical("Neo4j refused the user and password ({Reason}); stopping", ex.Message);
                throw new InvalidOperationException(CredentialsRefused, ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                readiness.Waiting($"Waiting for Neo4j: {ex.Message}");
                if (Neo4jResilience.IsUnavailability(ex))
                    logger.LogWarning("Neo4j not reachable yet ({Reason}); trying again in {Delay}", ex.Message, delay);
                else
                    logger.LogError("Neo4j refused the schema ({Reason}); check the settings. Trying again in {Delay}", ex.Message, delay);
                await Task.Delay(delay, clock, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, delay.Ticks * 2));
            }
        }
    }
}
