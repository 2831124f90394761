using System.ComponentModel.DataAnnotations;
using GeoGraph.Graph;

namespace GeoGraph.Neo4j;

/// <summary>
/// How to reach Neo4j; section "GeoGraph:Neo4j", or environment variables such as GeoGraph__Neo4j__Uri and
/// GeoGraph__Neo4j__Password. Give a user and password (Basic) or a bearer token (Aura SSO, for example).
/// </summary>
public sealed class Neo4jOptions
{
    public const string Section = "GeoGraph:Neo4j";

    /// <summary>The HTTP endpoint: http://localhost:7474 or an Aura https://….databases.neo4j.io URI.</summary>
    [Required]
    public Uri Uri { get; set; } = new("http://localhost:7474");

    [Required]
    public string Database { get; set; } = "neo4j";

    public string? User { get; set; } = "neo4j";

    public string? Password { get; set; }

    public string? BearerToken { get; set; }

    /// <summary>How long one request may take before it is abandoned (and retried).</summary>
    [TimeSpanRange("00:00:00.010", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a request that failed for a transient reason, with exponential backoff and jitter.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 6;

    [TimeSpanRange("00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
