using System.Globalization;
using GeoGraph.Graph.Queries;
using Microsoft.AspNetCore.Mvc;

namespace GeoGraph.Api.Endpoints.Parameters;

/// <summary>GET /api/queries/{name}: a canned query with its arguments from the query string, checked against its declared parameters.</summary>
public sealed record QueryRequest(
    [FromRoute(Name = "name")] string Name,
    HttpRequest Http,
    [FromServices] QueryCatalogue Catalogue) : IValidatedRequest
{
    public Dictionary<string, string?> Arguments => Http.Query.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);

    public void Validate(RequestErrors errors)
    {
        if (!Catalogue.TryGet(Name, out var query)) return;
        var raw = Arguments;
        foreach (var (key, value) in raw)
        {
            if (value is { Length: > RequestErrors.MaxSearchLength }) errors.Add(key, $"'{key}' must be at most {RequestErrors.MaxSearchLength} characters.");
        }
        Whole(errors, raw, "limit", 1, RequestErrors.MaxLimit);
        Whole(errors, raw, "offset", 0, RequestErrors.MaxOffset);
        Whole(errors, raw, "maxHops", 1, PathsRequest.Longest);
        foreach (var name in new[] { "since", "until" }.Where(n => raw.TryGetValue(n, out var date) && !DateOnly.TryParseExact(date, "yyyy-MM-dd", out _)))
            errors.Add(name, $"'{name}' must be a date written yyyy-MM-dd.");
        try
        {
            QueryCatalogue.Bind(query, raw);
        }
        catch (QueryArgumentException ex)
        {
            errors.Add(ex.Parameter, ex.Message);
        }
    }

    private static void Whole(RequestErrors errors, Dictionary<string, string?> raw, string name, int min, int max)
    {
        if (!raw.TryGetValue(name, out var text)) return;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) errors.Range(name, value, min, max);
        else errors.Add(name, $"'{name}' must be a whole number from {min} to {max}.");
    }
}
