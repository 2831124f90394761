using GeoGraph.Api.Endpoints;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GeoGraph.Api.OpenApi;

/// <summary>
/// Declares the X-Api-Key security scheme, requires it of every operation marked <see cref="ApiKeyRequired"/>, and says of
/// every other operation that it needs none (an empty requirement).
/// </summary>
public sealed class ApiKeySecurity : IOpenApiDocumentTransformer
{
    public const string Scheme = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyFilter.Header,
            Description = $"The server's write key (set with {ApiKeyFilter.KeyVariable}).",
        };
        var secured = context.DescriptionGroups.SelectMany(g => g.Items)
            .Where(d => d.ActionDescriptor.EndpointMetadata.OfType<ApiKeyRequired>().Any())
            .Select(d => (Path: "/" + d.RelativePath, Method: d.HttpMethod))
            .ToHashSet();
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                operation.Security = secured.Contains((path, method.Method))
                    ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, document)] = [] }]
                    : [new OpenApiSecurityRequirement()];
            }
        }
        return Task.CompletedTask;
    }
}
