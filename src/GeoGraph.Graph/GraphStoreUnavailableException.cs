namespace GeoGraph.Graph;

/// <summary>The store could not be reached or kept failing for transient reasons; the same request may succeed later.</summary>
public sealed class GraphStoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
