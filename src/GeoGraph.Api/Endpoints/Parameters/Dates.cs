using GeoGraph.Graph.Queries;

namespace GeoGraph.Api.Endpoints.Parameters;

internal static class Dates
{
    /// <summary>The store's window for a request's <c>since</c> and <c>until</c>.</summary>
    public static DateWindow Window(DateOnly? since, DateOnly? until) => new(since?.ToString("yyyy-MM-dd"), until?.ToString("yyyy-MM-dd"));
}
