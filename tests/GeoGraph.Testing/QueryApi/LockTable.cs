using System.Text.Json.Nodes;

namespace GeoGraph.Testing.QueryApi;

/// <summary>
/// Neo4j's lock manager as far as article writes go: a write locks its entities in the order of its <c>$entities</c>
/// rows, then the ends of its <c>$facts</c>, and holds them until it answers. Two writers in flight that take two of
/// the same nodes in opposite orders wait on each other; Neo4j detects that and fails the later one with
/// Neo.TransientError.Transaction.DeadlockDetected.
/// </summary>
public sealed class LockTable
{
    private readonly Lock _gate = new();
    private readonly List<IReadOnlyList<string>> _inFlight = [];

    /// <summary>How long a write holds its locks before answering, so that concurrent writers overlap.</summary>
    public TimeSpan HoldFor { get; set; }

    /// <summary>How many writes were failed as deadlock victims.</summary>
    public int Deadlocks { get; private set; }

    internal Held Take(Neo4jStandIn.Request request)
    {
        var order = LockOrder(request);
        lock (_gate)
        {
            if (order.Count == 0) return new Held(this, null, false);
            var deadlocked = _inFlight.Any(other => InOppositeOrder(order, other));
            if (deadlocked)
            {
                Deadlocks++;
                return new Held(this, null, true);
            }
            _inFlight.Add(order);
            return new Held(this, order, false);
        }
    }

    private static List<string> LockOrder(Neo4jStandIn.Request request)
    {
        var entities = (request.Parameter("entities") as JsonArray ?? []).Select(e => e?["id"]?.GetValue<string>());
        var factEnds = (request.Parameter("facts") as JsonArray ?? [])
            .SelectMany(f => new[] { f?["subject"]?.GetValue<string>(), f?["object"]?.GetValue<string>() });
        return [.. entities.Concat(factEnds).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    private static bool InOppositeOrder(IReadOnlyList<string> mine, IReadOnlyList<string> theirs)
    {
        var position = theirs.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var shared = mine.Where(position.ContainsKey).Select(id => position[id]).ToList();
        return shared.Zip(shared.Skip(1)).Any(pair => pair.First > pair.Second);
    }

    /// <summary>The locks one request holds; disposing releases them.</summary>
    internal sealed class Held(LockTable table, IReadOnlyList<string>? order, bool deadlocked) : IDisposable
    {
        public bool Deadlocked { get; } = deadlocked;

        public bool Any => order is not null;

        public void Dispose()
        {
            if (order is null) return;
            lock (table._gate) table._inFlight.Remove(order);
        }
    }
}
