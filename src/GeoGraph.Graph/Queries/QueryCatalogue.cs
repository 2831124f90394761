using System.Globalization;
using System.Reflection;

namespace GeoGraph.Graph.Queries;

/// <summary>
/// The canned queries of cypher/queries (embedded in this assembly), by name. A query's header comment gives its
/// description and one <c>@param name type[?] description</c> line per parameter.
/// </summary>
public sealed class QueryCatalogue
{
    private const string ResourcePrefix = "GeoGraph.Cypher.queries.";
    private readonly Dictionary<string, CannedQuery> _queries;

    public QueryCatalogue(IEnumerable<CannedQuery> queries) =>
        _queries = queries.ToDictionary(q => q.Name, StringComparer.Ordinal);

    public static QueryCatalogue Default { get; } = new(LoadEmbedded());

    public IEnumerable<CannedQuery> All => _queries.Values.OrderBy(q => q.Name, StringComparer.Ordinal);

    public CannedQuery this[string name] => _queries[name];

    public bool TryGet(string name, out CannedQuery query) => _queries.TryGetValue(name, out query!);

    /// <summary>Checks and converts raw (query string) values against the query's declared parameters.</summary>
    public static QueryArguments Bind(CannedQuery query, IReadOnlyDictionary<string, string?> raw)
    {
        var unknown = raw.Keys.FirstOrDefault(k => query.Parameters.All(p => p.Name != k));
        if (unknown is not null) throw new QueryArgumentException(unknown, $"The query '{query.Name}' has no parameter '{unknown}'.");
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameter in query.Parameters)
        {
            var text = raw.GetValueOrDefault(parameter.Name);
            if (text is null)
            {
                if (!parameter.Optional) throw new QueryArgumentException(parameter.Name, $"The parameter '{parameter.Name}' is required.");
                values[parameter.Name] = null;
                continue;
            }
            values[parameter.Name] = parameter.Type switch
            {
                ParameterType.Integer when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
                ParameterType.Integer => throw new QueryArgumentException(parameter.Name, $"The parameter '{parameter.Name}' must be a whole number."),
                _ => text,
            };
        }
        return new QueryArguments(values);
    }

    /// <summary>Arguments from code, converted the same way as those from a request.</summary>
    public static QueryArguments Bind(CannedQuery query, params (string Name, object? Value)[] values) =>
        Bind(query, values.Where(v => v.Value is not null)
            .ToDictionary(v => v.Name, v => Convert.ToString(v.Value, CultureInfo.InvariantCulture)));

    public static CannedQuery Parse(string name, string text)
    {
        var description = new List<string>();
        var parameters = new List<QueryParameter>();
        foreach (var line in text.Split('\n').Select(l => l.Trim()).TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)))
        {
            var comment = line[2..].Trim();
            if (!comment.StartsWith("@param ", StringComparison.Ordinal)) { description.Add(comment); continue; }
            var parts = comment.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3) throw new FormatException($"Query {name}: '{line}' should read '// @param name type description'.");
            var optional = parts[2].EndsWith('?');
            var type = parts[2].TrimEnd('?') switch
            {
                "string" => ParameterType.String,
                "int" => ParameterType.Integer,
                var other => throw new FormatException($"Query {name}: unknown parameter type '{other}'."),
            };
            parameters.Add(new QueryParameter(parts[1], type, optional, parts.Length > 3 ? parts[3] : ""));
        }
        return new CannedQuery(name, string.Join(' ', description), parameters, text.Trim());
    }

    private static IEnumerable<CannedQuery> LoadEmbedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var name = resource[ResourcePrefix.Length..^".cypher".Length];
            yield return Parse(name, reader.ReadToEnd());
        }
    }
}
