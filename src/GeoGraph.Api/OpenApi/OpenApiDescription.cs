using Microsoft.AspNetCore.OpenApi;

namespace GeoGraph.Api.OpenApi;

public static class OpenApiDescription
{
    /// <summary>What the generated document cannot see for itself: the X-Api-Key scheme, the plain-text article body, parameter and tag descriptions, and which submission fields are optional.</summary>
    public static OpenApiOptions DescribeGeoGraph(this OpenApiOptions options)
    {
        options.AddDocumentTransformer<ApiKeySecurity>();
        options.AddDocumentTransformer<ServersAndTags>();
        options.AddOperationTransformer<PlainTextBody>();
        options.AddOperationTransformer<ParameterDescriptions>();
        options.AddSchemaTransformer<OptionalSubmissionFields>();
        return options;
    }
}
