using System.Security.Cryptography;
using System.Text;
using GeoGraph.Api.Composition;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Endpoints;

/// <summary>
/// Lets a write (an endpoint marked <see cref="ApiKeyRequired"/>) through only with the configured X-Api-Key, compared in
/// constant time; 401 ProblemDetails otherwise. Other endpoints pass.
/// </summary>
public sealed class ApiKeyFilter(IOptions<ApiOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";
    public const string KeyVariable = "GeoGraph__Api__ApiKey";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = options.Value;
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ApiKeyRequired>() is null
            || settings.AllowAnonymousWrites || IsValid(context.HttpContext.Request.Headers[Header].ToString(), settings.ApiKey))
            return await next(context);
        if (settings.ApiKey is not { Length: > 0 })
            return TypedResults.Problem(title: "This server has no API key configured, so it accepts no writes.",
                detail: $"Start the server with a key in the environment variable {KeyVariable} (for example {KeyVariable}=my-secret dotnet run --project src/GeoGraph.Api) and send it in the {Header} header.",
                statusCode: StatusCodes.Status401Unauthorized);
        return TypedResults.Problem(title: "An API key is required.", detail: $"Send the server's key in the {Header} header.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static bool IsValid(string presented, string? expected) =>
        expected is { Length: > 0 } && presented.Length > 0
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
