using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GeoGraph.Api.Tests.Explorer;

/// <summary>The real API in a process of its own on a free 127.0.0.1 port, serving the explorer from the source folder, loaded with the seeds.</summary>
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

    public static async Task<ApiProcess> StartAsync()
    {
        var root = Directory.CreateTempSubdirectory("geograph-explorer-").FullName;
        var repository = RepositoryRoot();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GeoGraph.Api.dll"));
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(Path.Combine(repository, "src", "GeoGraph.Api"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["GeoGraph__Ingestion__SeedsPath"] = Path.Combine(repository, "seeds");
        start.Environment["GeoGraph__Ingestion__InboxPath"] = Path.Combine(root, "inbox");
        start.Environment["GeoGraph__Ingestion__QuarantinePath"] = Path.Combine(root, "quarantine");
        start.Environment["GeoGraph__Ingestion__DataPath"] = Path.Combine(root, "data");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GeoGraph.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("The tests run outside the repository.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
