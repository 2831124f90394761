using System.Globalization;
using System.Text.RegularExpressions;
using GeoGraph.Extraction.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Endpoints.Parameters;

/// <summary>
/// What is wrong with a request's parameters, collected one by one, so that a bad request gets one 400
/// ValidationProblem naming every offending parameter. The limits are the ones the OpenAPI document states.
/// </summary>
public sealed partial class RequestErrors
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
    public const int MaxOffset = 1_000_000;
    public const int MaxSearchLength = 200;
    public const int MaxIdLength = 200;
    public const string EntityIdRegex = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    [GeneratedRegex(EntityIdRegex)]
    private static partial Regex EntityIdPattern();

    public bool Any => _errors.Count > 0;

    public ValidationProblem Problem() => TypedResults.ValidationProblem(_errors, title: "The request has invalid parameters.");

    public void Range(string name, int? value, int min, int max)
    {
        if (value is { } number && (number < min || number > max)) Add(name, $"'{name}' must be a whole number from {min} to {max}.");
    }

    /// <summary>The paging pair every list takes: <c>offset</c> (0 and up) and <c>limit</c> (1 to 500).</summary>
    public void Page(int? offset, int? limit)
    {
        Range("offset", offset, 0, MaxOffset);
        Range("limit", limit, 1, MaxLimit);
    }

    public void Text(string name, string? value, int maxLength)
    {
        if (value is { Length: var length } && length > maxLength) Add(name, $"'{name}' must be at most {maxLength} characters.");
    }

    /// <summary>
    /// <c>since</c> and <c>until</c> as written: binding would take "1/2/2008" in some culture's order, and the API's
    /// dates are ISO dates only.
    /// </summary>
    public void IsoDates(IQueryCollection query)
    {
        foreach (var name in (ReadOnlySpan<string>)["since", "until"])
        {
            if (query.TryGetValue(name, out var written) && !DateOnly.TryParseExact(written.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                Add(name, $"'{name}' must be a date written yyyy-MM-dd.");
        }
    }

    public void Window(DateOnly? since, DateOnly? until)
    {
        if (since > until) Add("since", "'since' must not come after 'until'.");
    }

    public void EntityType(string? value)
    {
        if (value is not null && CanonicalEntityType(value) is null)
            Add("type", $"'{value}' is not an entity type. Use one of: {string.Join(", ", Enum.GetNames<EntityType>())}.");
    }

    public void RelationType(string? value)
    {
        if (value is not null && CanonicalRelationType(value) is null)
            Add("type", $"'{value}' is not a relation type. Use one of: {string.Join(", ", RelationTypes.AllNames)}.");
    }

    public void EntityId(string name, string? value, bool required)
    {
        if (value is null)
        {
            if (required) Add(name, $"'{name}' is required.");
            return;
        }
        if (value.Length > MaxIdLength || !EntityIdPattern().IsMatch(value))
            Add(name, $"'{name}' must be an entity id: lower-case letters, digits and single hyphens, at most {MaxIdLength} characters.");
    }

    public void ArticleId(string value)
    {
        if (value.Length > MaxIdLength || value.Any(char.IsControl)) Add("id", $"'id' must be an article id of at most {MaxIdLength} characters.");
    }

    public static string? CanonicalEntityType(string? value) =>
        value is not null && Enum.TryParse<EntityType>(value, ignoreCase: true, out var type) && !int.TryParse(value, out _) ? type.ToString() : null;

    public static string? CanonicalRelationType(string? value) =>
        value is not null && RelationTypes.TryParse(value, out var type) ? type.Name() : null;

    public void Add(string name, string message) =>
        _errors[name] = _errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];
}
