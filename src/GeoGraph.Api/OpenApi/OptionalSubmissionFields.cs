using GeoGraph.Ingestion.Submissions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GeoGraph.Api.OpenApi;

/// <summary>A JSON submission needs its text; title, published and source may be left out.</summary>
public sealed class OptionalSubmissionFields : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(ArticleSubmission)) schema.Required = new HashSet<string> { "text" };
        return Task.CompletedTask;
    }
}
