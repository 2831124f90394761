using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace GeoGraph.Neo4j.Client;

/// <summary>
/// The resilience pipeline around every Query API request: a timeout per attempt, and retries with exponential
/// backoff and jitter on connection failures, timeouts, 429/502/503/504 and Neo.TransientError.* — never on
/// Neo.ClientError.*, which a retry cannot fix.
/// </summary>
public static class Neo4jResilience
{
    public static ResiliencePipeline Create(Neo4jOptions options, TimeProvider timeProvider) =>
        new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<TimeoutRejectedException>()
                    .Handle<Neo4jException>(e => e.IsTransient),
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .AddTimeout(options.RequestTimeout)
            .Build();

    /// <summary>Whether an exception means Neo4j could not be reached or answered only with transient failures.</summary>
    public static bool IsUnavailability(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException || exception is Neo4jException { IsTransient: true };
}
