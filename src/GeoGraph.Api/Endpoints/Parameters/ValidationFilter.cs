namespace GeoGraph.Api.Endpoints.Parameters;

/// <summary>The one validation step of every endpoint: a request whose parameters are wrong gets a 400 ValidationProblem naming them all.</summary>
public sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new RequestErrors();
        foreach (var request in context.Arguments.OfType<IValidatedRequest>()) request.Validate(errors);
        return errors.Any ? errors.Problem() : await next(context);
    }
}
