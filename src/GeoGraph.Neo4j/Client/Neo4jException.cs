using System.Net;

namespace GeoGraph.Neo4j.Client;

/// <summary>
/// Neo4j refused or failed a request: <see cref="Code"/> is Neo4j's status code (Neo.ClientError.Statement.SyntaxError,
/// Neo.TransientError.Transaction.DeadlockDetected, …) when it sent one. Never carries credentials.
/// </summary>
public sealed class Neo4jException(HttpStatusCode status, string? code, string message) : Exception(code is null ? message : $"{code}: {message}")
{
    /// <summary>A write reached a cluster member that is no longer the leader (a leader switch); the next attempt is routed to the new one.</summary>
    private const string NotALeader = "Neo.ClientError.Cluster.NotALeader";

    public HttpStatusCode Status { get; } = status;
    public string? Code { get; } = code;

    /// <summary>Worth retrying: Neo4j's transient errors, a leader switch, and overload or gateway answers without a Neo4j error.</summary>
    public bool IsTransient => Code?.StartsWith("Neo.TransientError.", StringComparison.Ordinal) == true || Code == NotALeader
        || Code is null && Status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
