using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeoGraph.Testing.QueryApi;

/// <summary>
/// A local HTTP listener on 127.0.0.1 that answers like Neo4j's Query API: first the refusals Neo4j itself makes
/// (<see cref="Neo4jRules"/>), then a script of responses; it records every request (method, path, headers, JSON body).
/// </summary>
public sealed class Neo4jStandIn : IAsyncDisposable
{
    public sealed record Request(string Method, string Path, IReadOnlyDictionary<string, string> Headers, JsonNode? Body)
    {
        public string Statement => Body?["statement"]?.GetValue<string>() ?? "";

        public JsonNode? Parameter(string name) => Body?["parameters"]?[name];

        public string AccessMode => Body?["accessMode"]?.GetValue<string>() ?? "Write";
    }

    public sealed record Reply(int Status, JsonNode? Body = null, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<Request, Reply>> _script = new();

    public ConcurrentQueue<Request> Requests { get; } = new();

    /// <summary>The refusals of a real Neo4j, applied before the script; on by default.</summary>
    public Neo4jRules Rules { get; } = new();

    /// <summary>The answer when the script is used up.</summary>
    public Func<Request, Reply> Otherwise { get; set; } = _ => Data(["ok"], [[1]]);

    private Neo4jStandIn(WebApplication app) => _app = app;

    public Uri Uri => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<Neo4jStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new Neo4jStandIn(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    public Neo4jStandIn Then(Func<Request, Reply> reply)
    {
        _script.Enqueue(reply);
        return this;
    }

    public Neo4jStandIn Then(Reply reply) => Then(_ => reply);

    public static Reply Data(string[] fields, object?[][] values, JsonObject? extra = null)
    {
        var body = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode)f)]),
                ["values"] = new JsonArray([.. values.Select(row => (JsonNode)new JsonArray([.. row.Select(v => JsonValue.Create(v) as JsonNode)]))]),
            },
            ["bookmarks"] = new JsonArray("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"),
        };
        foreach (var (key, value) in extra ?? []) body[key] = value?.DeepClone();
        return new Reply(202, body);
    }

    /// <summary>The type Neo4j gives a plain JSON number it receives: FLOAT when written with a fraction or an exponent, else INTEGER.</summary>
    public static string? NumberType(JsonNode? value) => value?.GetValueKind() == System.Text.Json.JsonValueKind.Number
        ? value.ToJsonString().IndexOfAny(['.', 'e', 'E']) >= 0 ? "FLOAT" : "INTEGER"
        : null;

    public static Reply Error(int status, string code, string message) =>
        new(status, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) });

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        var request = new Request(context.Request.Method, context.Request.Path.Value!,
            context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
            string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text));
        Requests.Enqueue(request);
        using var locks = Rules.Locks.Take(request);
        var reply = Rules.Refusal(request, locks) ?? (_script.TryDequeue(out var next) ? next : Otherwise)(request);
        if (locks.Any) await Task.Delay(Rules.Locks.HoldFor, context.RequestAborted);
        if (reply.Delay > TimeSpan.Zero) await Task.Delay(reply.Delay, context.RequestAborted);
        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        if (reply.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body.ToJsonString());
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
