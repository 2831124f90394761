using System.Text.RegularExpressions;

namespace GeoGraph.Testing.QueryApi;

/// <summary>
/// The refusals a real Neo4j makes that the stand-in reproduces, whatever its script says: shortest paths with one
/// node at both ends, writes in read mode, writes to a follower during a leader switch, and deadlocks between writers.
/// The stand-in does not run Cypher, so it recognises these cases from the statement text and parameters.
/// </summary>
public sealed partial class Neo4jRules
{
    private readonly Lock _gate = new();
    private int _writesToFormerLeader;

    public LockTable Locks { get; } = new();

    internal Neo4jStandIn.Reply? Refusal(Neo4jStandIn.Request request, LockTable.Held locks)
    {
        if (request.Body is null) return null;
        if (IsShortestPath(request.Statement) && BothEndsAreOneNode(request)) return Neo4jErrors.ShortestPathWithCommonEnds();
        if (request.AccessMode == "Read" && Writes().IsMatch(WithoutComments(request.Statement))) return Neo4jErrors.WriteInReadMode();
        if (request.AccessMode == "Write" && ReachesFormerLeader()) return Neo4jErrors.NotALeader();
        return locks.Deadlocked ? Neo4jErrors.DeadlockDetected() : null;
    }

    /// <summary>The next <paramref name="writes"/> write-mode requests reach a member that has just stopped being the leader.</summary>
    public void SwitchLeader(int writes)
    {
        lock (_gate) _writesToFormerLeader = writes;
    }

    private bool ReachesFormerLeader()
    {
        lock (_gate)
        {
            if (_writesToFormerLeader == 0) return false;
            _writesToFormerLeader--;
            return true;
        }
    }

    private static string WithoutComments(string statement) =>
        string.Join('\n', statement.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    private static bool IsShortestPath(string statement) => ShortestPath().IsMatch(statement);

    /// <summary>The ends bind one node when $from and $to name the same entity and no filter before the search keeps such rows out.</summary>
    private static bool BothEndsAreOneNode(Neo4jStandIn.Request request) =>
        request.Parameter("from")?.ToJsonString() == request.Parameter("to")?.ToJsonString() && !CommonEndsFiltered().IsMatch(request.Statement);

    [GeneratedRegex(@"shortestPaths?\(", RegexOptions.IgnoreCase)]
    private static partial Regex ShortestPath();

    [GeneratedRegex(@"WHERE\s+a\s*<>\s*b\b[\s\S]*shortestPaths?\(", RegexOptions.IgnoreCase)]
    private static partial Regex CommonEndsFiltered();

    [GeneratedRegex(@"\b(CREATE|MERGE|DELETE|SET|REMOVE)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Writes();
}
