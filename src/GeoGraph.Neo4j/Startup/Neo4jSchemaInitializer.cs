using GeoGraph.Neo4j.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeoGraph.Neo4j.Startup;

/// <summary>
/// Waits for Neo4j with capped exponential backoff, then applies cypher/schema (all IF NOT EXISTS, so idempotent)
/// and reports ready. It runs beside the web server, so /health/ready can say not-ready meanwhile; a refusal
/// (wrong password, say) is logged as an error and tried again rather than stopping the service.
/// </summary>
public sealed class Neo4jSchemaInitializer(INeo4jClient client, Neo4jReadiness readiness, TimeProvider clock, ILogger<Neo4jSchemaInitializer> logger)
    : BackgroundService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Neo4jSchema.ApplyAsync(client, stoppingToken);
                readiness.Ready();
                logger.LogInformation("Neo4j answers; schema applied");
                return;
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
