using GeoGraph.Graph;
using Microsoft.AspNetCore.Diagnostics;

namespace GeoGraph.Api.Composition;

/// <summary>Answers 503 with a ProblemDetails body (and Retry-After) when the graph store cannot be reached.</summary>
public sealed class StoreUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not GraphStoreUnavailableException) return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = 503, Title = "The graph store is unavailable.", Detail = "Try again shortly." },
        });
    }
}
