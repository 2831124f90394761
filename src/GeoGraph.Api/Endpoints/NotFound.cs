using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Endpoints;

internal static class NotFound
{
    /// <summary>A 404 with a ProblemDetails body that says what was not found.</summary>
    public static ProblemHttpResult Problem(string what) =>
        TypedResults.Problem(title: "Not found.", detail: what, statusCode: StatusCodes.Status404NotFound);
}
