using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace GeoGraph.Api.Answers;

/// <summary>A 200 whose body is JSON already serialised (<see cref="AnswerCache"/>); to OpenAPI it is a <typeparamref name="T"/>.</summary>
public sealed class JsonAnswer<T>(byte[] json) : IResult, IEndpointMetadataProvider
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = json.Length;
        return httpContext.Response.Body.WriteAsync(json).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
