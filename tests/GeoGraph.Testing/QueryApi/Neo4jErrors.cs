namespace GeoGraph.Testing.QueryApi;

/// <summary>The errors Neo4j 5.26 documents for the cases GeoGraph must handle, as the Query API sends them.</summary>
public static class Neo4jErrors
{
    /// <summary>GQLSTATUS 51N23: shortestPath and allShortestPaths refuse a start node that is also the end node. Not transient.</summary>
    public static Neo4jStandIn.Reply ShortestPathWithCommonEnds() => Neo4jStandIn.Error(500, "Neo.DatabaseError.Statement.ExecutionFailed",
        "51N23: The shortest path algorithm does not work when the start and end nodes are the same. This can happen if you perform a "
        + "shortestPath search after a cartesian product that might have the same start and end nodes for some of the rows passed to shortestPath.");

    /// <summary>Two transactions wait on each other's locks; Neo4j rolls one back. Transient: retrying may succeed.</summary>
    public static Neo4jStandIn.Reply DeadlockDetected() => Neo4jStandIn.Error(400, "Neo.TransientError.Transaction.DeadlockDetected",
        "ForsetiClient[transactionId=42] can't acquire ExclusiveLock{owner=ForsetiClient[transactionId=41]} on NODE(7), because holders of that lock are waiting for ForsetiClient[transactionId=42].");

    /// <summary>A write reached a cluster member that is not (or no longer) the leader of the database, say during a leader switch.</summary>
    public static Neo4jStandIn.Reply NotALeader() => Neo4jStandIn.Error(400, "Neo.ClientError.Cluster.NotALeader",
        "No write operations are allowed directly on this database. Writes must pass through the leader. The role of this server is: FOLLOWER");

    /// <summary>A write sent in a read transaction (accessMode Read).</summary>
    public static Neo4jStandIn.Reply WriteInReadMode() => Neo4jStandIn.Error(400, "Neo.ClientError.Statement.AccessMode",
        "Writing in read access mode not allowed. Attempted write to internal graph 0 (neo4j)");

    /// <summary>Wrong user or password: NEO4J_AUTH changed after the data volume was first initialised, for example.</summary>
    public static Neo4jStandIn.Reply Unauthorized() => Neo4jStandIn.Error(401, "Neo.ClientError.Security.Unauthorized",
        "The client is unauthorized due to authentication failure.");
}
