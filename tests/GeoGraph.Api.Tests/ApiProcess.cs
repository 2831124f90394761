using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GeoGraph.Testing.Processes;
using GeoGraph.Testing.Repository;

namespace GeoGraph.Api.Tests;

/// <summary>
/// The real API in a process of its own on a free 127.0.0.1 port, serving the explorer from the source folder, loaded with
/// the seeds, for clients outside this process (a browser, Prism); <c>settings</c> are more environment variables.
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _root;

    private ApiProcess(Process process, Uri address, string root)
    {
        _process = process;
        Address = address;
        _root = root;
    }

    public Uri Address { get; }

    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var root = Directory.CreateTempSubdirectory("geograph-explorer-").FullName;
        var repository = RepositoryPaths.Root;
        var port = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["GeoGraph__Ingestion__SeedsPath"] = Path.Combine(repository, "seeds"),
            ["GeoGraph__Ingestion__InboxPath"] = Path.Combine(root, "inbox"),
            ["GeoGraph__Ingestion__QuarantinePath"] = Path.Combine(root, "quarantine"),
            ["GeoGraph__Ingestion__DataPath"] = Path.Combine(root, "data"),
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>()) environment[name] = value;
        var process = ChildProcess.Start("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "GeoGraph.Api.dll"), "--contentRoot", Path.Combine(repository, "src", "GeoGraph.Api"), "--urls", $"http://127.0.0.1:{port}"],
            environment);
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}/"), root);
        try
        {
            await api.WaitUntilReadyAsync();
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The API at {Address} did not become ready.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
