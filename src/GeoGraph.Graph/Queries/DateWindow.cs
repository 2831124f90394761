namespace GeoGraph.Graph.Queries;

/// <summary>
/// The <c>since</c> and <c>until</c> of a fact-returning query (ISO dates, either left out). A fact's date is compared
/// at its own precision, as the Cypher <c>r.when &gt;= left($since, size(r.when))</c>: "2008" lies within 2008-03-01 to
/// 2008-06-30. A fact with no date lies outside every window that has a bound.
/// </summary>
public readonly record struct DateWindow(string? Since, string? Until)
{
    public static DateWindow Of(QueryArguments arguments) => new(arguments.OptionalString("since"), arguments.OptionalString("until"));

    public bool Contains(string? when)
    {
        if (Since is null && Until is null) return true;
        if (when is null) return false;
        return (Since is null || string.CompareOrdinal(when, Since[..Math.Min(Since.Length, when.Length)]) >= 0)
            && (Until is null || string.CompareOrdinal(when, Until[..Math.Min(Until.Length, when.Length)]) <= 0);
    }
}
