using System.Text.RegularExpressions;
using GeoGraph.Api.Endpoints.Parameters;
using Microsoft.AspNetCore.Diagnostics;

namespace GeoGraph.Api.Composition;

/// <summary>
/// A parameter that does not bind to its type (<c>limit=ten</c>, <c>since=yesterday</c>) gets the same 400
/// ValidationProblem naming it as any other bad parameter, instead of a bare 400.
/// </summary>
public sealed partial class BindingFailureHandler : IExceptionHandler
{
    [GeneratedRegex("""parameter "[^"]* (?<name>\w+)" from "(?<value>[^"]*)"|parameter "[^"]* (?<name>\w+)" was not provided""")]
    private static partial Regex Parameter();

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || Parameter().Match(bad.Message) is not { Success: true } match) return false;
        var name = char.ToLowerInvariant(match.Groups["name"].Value[0]) + match.Groups["name"].Value[1..];
        var errors = new RequestErrors();
        errors.Add(name, match.Groups["value"].Success ? $"'{name}' cannot be '{match.Groups["value"].Value}': see the OpenAPI document for its type." : $"'{name}' is required.");
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await errors.Problem().ExecuteAsync(context);
        return true;
    }
}
