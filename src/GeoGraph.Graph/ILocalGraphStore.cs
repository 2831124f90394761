namespace GeoGraph.Graph;

/// <summary>
/// A store every write of which passes through this process (the embedded stores, not Neo4j, which other processes
/// write to): <see cref="Version"/> changes with each write, so an answer may be kept until it does.
/// </summary>
public interface ILocalGraphStore
{
    long Version { get; }
}
