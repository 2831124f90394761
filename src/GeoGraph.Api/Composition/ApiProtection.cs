using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Composition;

public static class ApiProtection
{
    public const string PathPolicy = "paths";

    /// <summary>Tenths of a window: the bucket is refilled this often, so a client keeping to the rate never meets a window's edge.</summary>
    private const int RefillsPerWindow = 10;

    /// <summary>API options, a rate limit per client address (429 with Retry-After), and a time limit for path searches.</summary>
    public static IServiceCollection AddGeoGraphProtection(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var window = context.HttpContext.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.RateLimitWindow;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(window.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests.", Detail = "Slow down and retry after the time in Retry-After." },
                });
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (context.Request.Path.StartsWithSegments("/health")) return RateLimitPartition.GetNoLimiter("health");
                var options = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
                return RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => Bucket(options));
            });
        });
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<ApiOptions>>((timeouts, api) =>
            timeouts.AddPolicy(PathPolicy, new RequestTimeoutPolicy { Timeout = api.Value.PathTimeout, TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable }));
        return services;
    }

    /// <summary>
    /// <see cref="ApiOptions.RequestsPerWindow"/> a window, as a token bucket refilled a tenth at a time: a client that keeps
    /// exactly to the rate is never refused, as it could be by a fixed window whose edge splits a burst in two.
    /// </summary>
    private static TokenBucketRateLimiterOptions Bucket(ApiOptions options) => new()
    {
        TokenLimit = options.RequestsPerWindow,
        TokensPerPeriod = Math.Max(1, options.RequestsPerWindow / RefillsPerWindow),
        ReplenishmentPeriod = options.RateLimitWindow / RefillsPerWindow,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
