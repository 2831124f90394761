using System.Globalization;
using System.Text.RegularExpressions;
using GeoGraph.Extraction.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Endpoints;

/// <summary>
/// Checks request parameters one by one and collects what is wrong with each, so that a bad request
/// gets one 400 ValidationProblem naming every offending parameter.
/// </summary>
internal sealed partial class RequestErrors
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
    public const int MaxSearchLength = 200;
    public const int MaxIdLength = 200;

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex EntityIdPattern();

    public bool Any => _errors.Count > 0;

    public ValidationProblem Problem() => TypedResults.ValidationProblem(_errors, title: "The request has invalid parameters.");

    public int Integer(string name, string? raw, int fallback, int min, int max)
    {
        if (raw is null) return fallback;
        if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        Add(name, $"'{name}' must be a whole number from {min} to {max}.");
        return fallback;
    }

    public int Limit(string? raw) => Integer("limit", raw, DefaultLimit, 1, MaxLimit);

    public string Text(string name, string? raw, int maxLength)
    {
        if (raw is { Length: var length } && length > maxLength) Add(name, $"'{name}' must be at most {maxLength} characters.");
        return raw ?? "";
    }

    public string? EntityType(string? raw)
    {
        if (raw is null) return null;
        if (Enum.TryParse<EntityType>(raw, ignoreCase: true, out var type) && !int.TryParse(raw, out _)) return type.ToString();
        Add("type", $"'{raw}' is not an entity type. Use one of: {string.Join(", ", Enum.GetNames<EntityType>())}.");
        return null;
    }

    public string? RelationType(string? raw)
    {
        if (raw is null) return null;
        if (RelationTypes.TryParse(raw, out var type)) return type.Name();
        Add("type", $"'{raw}' is not a relation type. Use one of: {string.Join(", ", RelationTypes.AllNames)}.");
        return null;
    }

    public string? EntityId(string name, string? raw, bool required)
    {
        if (raw is null)
        {
            if (required) Add(name, $"'{name}' is required.");
            return null;
        }
        if (raw.Length <= MaxIdLength && EntityIdPattern().IsMatch(raw)) return raw;
        Add(name, $"'{name}' must be an entity id: lower-case letters, digits and single hyphens, at most {MaxIdLength} characters.");
        return null;
    }

    public void Add(string name, string message) =>
        _errors[name] = _errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];
}
