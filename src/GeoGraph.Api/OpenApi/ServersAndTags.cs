using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GeoGraph.Api.OpenApi;

/// <summary>Server addresses without a trailing slash (paths start with one), and a description for each tag.</summary>
public sealed class ServersAndTags : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["Entities"] = "People, organisations, countries, cities, regions, oil fields, products and events, with their neighbours.",
        ["Relations"] = "Facts (subject, relation type, object) aggregated across articles, and each article's evidence for one.",
        ["Paths"] = "The shortest connections between two entities.",
        ["Articles"] = "Ingested articles, and submissions of new ones.",
        ["Queries"] = "The canned query catalogue (cypher/queries) and its rows.",
        ["Stats"] = "Counts by entity type and relation type.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/');
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && Tags.TryGetValue(name, out var description)) tag.Description = description;
        }
        return Task.CompletedTask;
    }
}
