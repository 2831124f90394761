namespace GeoGraph.Graph.Reading;

/// <summary>One page of a list that can grow: the items from <c>Offset</c>, at most <c>Limit</c>, and whether more follow.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Limit, bool HasMore)
{
    /// <summary>A page from rows fetched with one more than the limit: that extra row only says that more follow.</summary>
    public static Page<T> FromOneMore(IReadOnlyList<T> rows, int offset, int limit) =>
        new(rows.Count > limit ? [.. rows.Take(limit)] : rows, offset, limit, rows.Count > limit);
}
