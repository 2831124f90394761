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
    /// <summary>The query string's arguments; a <c>type</c> written in any case is passed as the type's own name ("sold": SOLD).</summary>
    public Dictionary<string, string?> Arguments => Http.Query.ToDictionary(p => p.Key, p => (string?)(p.Key == "type" ? CanonicalType(p.Value.ToString()) : p.Value.ToString()), StringComparer.Ordinal);

    private static string CanonicalType(string type) => RequestErrors.CanonicalRelationType(type) ?? RequestErrors.CanonicalEntityType(type) ?? type;

    public void Validate(RequestErrors errors)
    {
        if (!Catalogue.TryGet(Name, out var query)) return;
        var raw = Arguments;
        foreach (var (key, value) in raw)
        {
            if (value is { Length: > RequestErrors.MaxSearchLength }) errors.Add(key, $"'{key}' must be at most {RequestErrors.MaxSearchLength} characters.");
        }
        if (raw.TryGetValue("type", out var type) && type is not null && RequestErrors.CanonicalRelationType(type) is null && RequestErrors.CanonicalEntityType(type) is null)
            errors.Add("type", $"'{type}' is neither a relation type nor an entity type.");
        Whole(errors, raw, "limit", 1, RequestErrors.MaxLimit);
        Whole(errors, raw, "offset", 0, RequestErrors.MaxOffset);
        Whole(errors, raw, "maxHops", 1, PathsRequest.Longest);
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
