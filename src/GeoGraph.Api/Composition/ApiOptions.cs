using System.ComponentModel.DataAnnotations;
using GeoGraph.Graph;

namespace GeoGraph.Api.Composition;

/// <summary>Write access and request limits of the API; section "GeoGraph:Api". Set the key by environment variable (GeoGraph__Api__ApiKey).</summary>
public sealed class ApiOptions
{
    public const string Section = "GeoGraph:Api";

    /// <summary>The key POST /api/articles needs in its X-Api-Key header. Without one, writes are refused.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Lets writes in without a key — for local use only; off unless the operator turns it on.</summary>
    public bool AllowAnonymousWrites { get; set; }

    [Range(1, 50_000_000)]
    public int MaxArticleBytes { get; set; } = 2_000_000;

    /// <summary>Requests a client (by IP address) may make per window before getting 429 with Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerWindow { get; set; } = 2_000;

    [TimeSpanRange("00:00:00.100", "01:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a path search may run before the request is abandoned.</summary>
    [TimeSpanRange("00:00:00.010", "00:10:00")]
    public TimeSpan PathTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
