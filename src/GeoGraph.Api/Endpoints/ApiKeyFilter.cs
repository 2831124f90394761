using System.Security.Cryptography;
using System.Text;
using GeoGraph.Api.Composition;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Endpoints;

/// <summary>Lets a write through only with the configured X-Api-Key (compared in constant time); 401 ProblemDetails otherwise.</summary>
public sealed class ApiKeyFilter(IOptions<ApiOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = options.Value;
        if (settings.AllowAnonymousWrites || IsValid(context.HttpContext.Request.Headers[Header].ToString(), settings.ApiKey))
            return await next(context);
        return TypedResults.Problem(title: "An API key is required.", detail: $"Send the key in the {Header} header.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static bool IsValid(string presented, string? expected) =>
        expected is { Length: > 0 } && presented.Length > 0
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
