using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace GeoGraph.Api.Endpoints.Parameters;

/// <summary>
/// The one validation step of every endpoint that takes parameters (an <see cref="IValidatedRequest"/>): a request whose
/// parameters are wrong gets a 400 ValidationProblem naming them all. Endpoints without parameters get neither the
/// filter nor a 400 in the OpenAPI document.
/// </summary>
public static class ValidationFilter
{
    public static TBuilder ValidateRequests<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (!TakesParameters(endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault())) return;
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
            endpoint.FilterFactories.Add((context, next) => Validate(next));
        });
        return builder;
    }

    private static bool TakesParameters(MethodInfo? handler) =>
        handler?.GetParameters().Any(p => typeof(IValidatedRequest).IsAssignableFrom(p.ParameterType)) ?? false;

    private static EndpointFilterDelegate Validate(EndpointFilterDelegate next) => async invocation =>
    {
        var errors = new RequestErrors();
        errors.IsoDates(invocation.HttpContext.Request.Query);
        foreach (var request in invocation.Arguments.OfType<IValidatedRequest>()) request.Validate(errors);
        return errors.Any ? errors.Problem() : await next(invocation);
    };
}
