using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GeoGraph.Api.OpenApi;

/// <summary>An operation that accepts <c>text/plain</c> takes the body as one string, whatever its JSON body's schema.</summary>
public sealed class PlainTextBody : IOpenApiOperationTransformer
{
    public const string MediaType = "text/plain";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var accepts = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAcceptsMetadata>();
        if (!accepts.Any(a => a.ContentTypes.Contains(MediaType)) || operation.RequestBody is not OpenApiRequestBody body) return Task.CompletedTask;
        body.Required = true;
        body.Content ??= new Dictionary<string, OpenApiMediaType>();
        body.Content[MediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The article's text alone." } };
        return Task.CompletedTask;
    }
}
