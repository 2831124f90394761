using GeoGraph.Api.Composition;
using GeoGraph.Api.Endpoints;
using GeoGraph.Ingestion;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<StoreUnavailableHandler>();
builder.Services.AddOpenApi();
builder.Services.AddGeoGraphStore(builder.Configuration);
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
app.MapEntityEndpoints();
app.MapRelationEndpoints();
app.MapPathEndpoints();
app.MapArticleEndpoints();
app.MapArticleSubmissionEndpoints();
app.MapQueryEndpoints();
app.MapStatsEndpoints();

app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
