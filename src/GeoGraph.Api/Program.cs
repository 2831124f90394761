using System.Text.Json.Serialization;
using GeoGraph.Api.Answers;
using GeoGraph.Api.Composition;
using GeoGraph.Api.Endpoints;
using GeoGraph.Api.Endpoints.Parameters;
using GeoGraph.Api.OpenApi;
using GeoGraph.Ingestion;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<StoreUnavailableHandler>();
builder.Services.AddExceptionHandler<BindingFailureHandler>();
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
// Numbers are numbers on the wire, so OpenAPI types limit and offset as integers, not "integer or string".
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
builder.Services.AddOpenApi(options => options.DescribeGeoGraph());
builder.Services.AddGeoGraphStore(builder.Configuration);
builder.Services.AddSingleton<AnswerCache>();
builder.Services.AddGeoGraphIngestion();
builder.Services.AddGeoGraphHealthChecks();
builder.Services.AddGeoGraphProtection();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRateLimiter();
app.UseRequestTimeouts();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapOpenApi();

app.MapHealthEndpoints();
var api = app.MapGroup("/api")
    .AddEndpointFilter<ApiKeyFilter>()
    .ValidateRequests()
    .ProducesProblem(StatusCodes.Status429TooManyRequests)
    .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
api.MapEntityEndpoints();
api.MapRelationEndpoints();
api.MapPathEndpoints();
api.MapArticleEndpoints();
api.MapArticleSubmissionEndpoints();
api.MapQueryEndpoints();
api.MapStatsEndpoints();

app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
