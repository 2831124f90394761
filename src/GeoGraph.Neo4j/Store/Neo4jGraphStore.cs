using System.Text.Json.Nodes;
using GeoGraph.Graph;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Stories;
using GeoGraph.Neo4j.Client;
using GeoGraph.Neo4j.Startup;

namespace GeoGraph.Neo4j.Store;

/// <summary>
/// <see cref="IGraphStore"/> in Neo4j: one statement (one round trip, one implicit transaction) per article write, sent
/// once the schema is in place; the canned queries run verbatim with parameters only, in read mode so that any cluster
/// member may answer. When Neo4j cannot be reached even after the client's retries, the store says so with
/// <see cref="GraphStoreUnavailableException"/>.
/// </summary>
public sealed class Neo4jGraphStore(INeo4jClient client, Neo4jSchema schema, StoryOptions? stories = null) : IGraphStore
{
    private readonly double _storyThreshold = (stories ?? new StoryOptions()).Threshold;

    internal static readonly string Upsert = CypherFiles.Store("upsert-article");
    internal static readonly string Remove = CypherFiles.Store("remove-article");
    private static readonly string ContentHash = CypherFiles.Store("content-hash");

    /// <summary>A store that applies the schema itself before its first write.</summary>
    public Neo4jGraphStore(INeo4jClient client) : this(client, new Neo4jSchema(client))
    {
    }

    public Task UpsertArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default) =>
        WriteAsync(Upsert, ArticleParameters.For(article, _storyThreshold), cancellationToken);

    public Task RemoveArticleAsync(string articleId, CancellationToken cancellationToken = default) =>
        WriteAsync(Remove, new JsonObject { ["id"] = articleId }, cancellationToken);

    public async Task<string?> GetContentHashAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(ContentHash, new JsonObject { ["id"] = articleId }, cancellationToken);
        return result.Rows.SingleOrDefault()?["contentHash"]?.GetValue<string>();
    }

    public async Task<QueryResult> QueryAsync(CannedQuery query, QueryArguments arguments, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(query.Cypher, Parameters(arguments), cancellationToken);
        return new QueryResult(result.Fields, result.Rows);
    }

    internal static JsonObject Parameters(QueryArguments arguments) =>
        new(arguments.Values.Select(p => KeyValuePair.Create(p.Key, Parameter(p.Value))));

    /// <summary>A bound argument as JSON: the catalogue binds every parameter to a string or a whole number, or leaves it null.</summary>
    private static JsonNode? Parameter(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        long number => JsonValue.Create(number),
        _ => throw new ArgumentException($"A query argument of type {value.GetType().Name} has no JSON form.", nameof(value)),
    };

    private Task<Neo4jResult> WriteAsync(string statement, JsonObject parameters, CancellationToken cancellationToken) =>
        Answer(async () =>
        {
            await schema.EnsureAppliedAsync(cancellationToken);
            return await client.RunAsync(statement, parameters, cancellationToken);
        });

    private Task<Neo4jResult> ReadAsync(string statement, JsonObject parameters, CancellationToken cancellationToken) =>
        Answer(() => client.ReadAsync(statement, parameters, cancellationToken));

    private static async Task<Neo4jResult> Answer(Func<Task<Neo4jResult>> request)
    {
        try
        {
            return await request();
        }
        catch (Exception ex) when (Neo4jResilience.IsUnavailability(ex))
        {
            throw new GraphStoreUnavailableException("Neo4j did not answer, even after retries.", ex);
        }
    }
}
