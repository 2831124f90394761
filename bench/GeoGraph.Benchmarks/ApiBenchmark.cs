using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Benchmarks;

/// <summary>
/// The API on a graph of N generated articles: the size of entity answers; latency at a fixed 2,000 req/s under hey
/// (<c>-z 10s -c 20 -q 100</c>, Debian's, on 127.0.0.1); and maximum throughput under wrk (10 s per endpoint) for entity
/// look-up, one-hop relations and a path query next to /health/live in the same run. The API's rate limit is raised for
/// the run (<see cref="ApiServer"/>), so that what is measured is the API, not the limiter.
/// </summary>
internal static partial class ApiBenchmark
{
    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+(50|99)%\s+([\d.]+)(us|ms|s)", RegexOptions.Multiline)]
    private static partial Regex Percentile();

    public static async Task<int> RunAsync(int articles)
    {
        var folder = Directory.CreateTempSubdirectory("geograph-api-bench-").FullName;
        foreach (var article in Corpus.Generate(articles).Articles) await File.WriteAllTextAsync(Path.Combine(folder, article.FileName), article.Text);
        var port = ApiServer.FreePort();
        var root = Directory.CreateTempSubdirectory("geograph-api-bench-root-").FullName;
        using var api = ApiServer.Start(root, folder, port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        await ApiServer.WaitUntilAsync(http, "health/ready", TimeSpan.FromMinutes(20));
        Console.WriteLine($"loaded {articles} articles in {watch.Elapsed.TotalSeconds:F0} s");
        var ranked = (await http.GetFromJsonAsync<List<EntitySummary>>("api/entities?limit=100"))!;
        if (ranked.Count < 100) throw new InvalidOperationException("The graph is too small.");
        var (typical, hub) = (ranked[50], ranked[0]);
        Console.WriteLine($"typical entity: {typical.Id} ({typical.Degree} relations); most connected: {hub.Id} ({hub.Degree})");
        var endpoints = new (string Name, string Path)[]
        {
            ("health/live", "health/live"),
            ("entity look-up", $"api/entities/{typical.Id}"),
            ("entity look-up, hub", $"api/entities/{hub.Id}"),
            ("one-hop relations", $"api/relations?subject={typical.Id}&limit=20"),
            ("path query", $"api/paths?from={typical.Id}&to={ranked[60].Id}&maxHops=4"),
        };
        foreach (var (name, path) in endpoints)
        {
            var response = await http.GetAsync(path);
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path} does not answer 200.");
            Console.WriteLine($"{name,-20} answer {(await response.Content.ReadAsByteArrayAsync()).Length / 1024.0,7:F1} KB");
        }
        Console.WriteLine($"at a fixed 2,000 req/s (hey -z 10s -c 20 -q 100):");
        Console.WriteLine($"{"endpoint",-20} {"req/s",9} {"p50 ms",8} {"p99 ms",8} {"non-200",8}");
        foreach (var (name, path) in endpoints.Where(e => e.Name is "entity look-up" or "one-hop relations" or "path query"))
            Console.WriteLine(await FixedRate.MeasureAsync(name, $"http://127.0.0.1:{port}/{path}"));
        Console.WriteLine("at the most wrk can send (-t2 -c16 -d10s):");
        Console.WriteLine($"{"endpoint",-20} {"req/s",9} {"p50 ms",8} {"p99 ms",8}");
        var most = new Dictionary<string, double>();
        foreach (var (name, path) in endpoints)
        {
            var output = await WrkAsync($"http://127.0.0.1:{port}/{path}");
            var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var percentiles = Percentile().Matches(output).ToDictionary(m => m.Groups[1].Value, m => Milliseconds(m.Groups[2].Value, m.Groups[3].Value));
            Console.WriteLine($"{name,-20} {rps,9:F0} {percentiles["50"],8:F2} {percentiles["99"],8:F2}");
            most[name] = rps;
        }
        Console.WriteLine($"entity look-up: {most["entity look-up"] / most["health/live"]:P0} of /health/live; one-hop relations: {most["one-hop relations"] / most["health/live"]:P0}");
        api.Kill(entireProcessTree: true);
        Directory.Delete(folder, recursive: true);
        Directory.Delete(root, recursive: true);
        return 0;
    }

    private static double Milliseconds(string value, string unit) =>
        double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) * unit switch { "us" => 0.001, "s" => 1000, _ => 1 };

    private static async Task<string> WrkAsync(string url)
    {
        var start = new ProcessStartInfo("wrk", ["-t2", "-c16", "-d10s", "--latency", url]) { RedirectStandardOutput = true };
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk is not installed: apt-get install wrk");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        return output;
    }
}
