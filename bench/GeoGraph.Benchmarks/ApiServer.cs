using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GeoGraph.Benchmarks;

/// <summary>The real API in a process of its own on a free 127.0.0.1 port, its folders under one root, logging warnings only.</summary>
internal static class ApiServer
{
    public static Process Start(string root, string seeds, int port, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "GeoGraph.Api.dll"), "--urls", $"http://127.0.0.1:{port}",
            "--contentRoot", Path.Combine(Repository.Root, "src", "GeoGraph.Api")]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["GeoGraph__Ingestion__SeedsPath"] = seeds;
        start.Environment["GeoGraph__Ingestion__InboxPath"] = Path.Combine(root, "inbox");
        start.Environment["GeoGraph__Ingestion__QuarantinePath"] = Path.Combine(root, "quarantine");
        start.Environment["GeoGraph__Ingestion__DataPath"] = Path.Combine(root, "data");
        start.Environment["GeoGraph__Api__RequestsPerWindow"] = "1000000";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task WaitUntilAsync(HttpClient http, string path, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync(path)).StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The API did not answer 200 on {path}.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
