using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using GeoGraph.Graph;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Benchmarks;

/// <summary>
/// Kill -9 torture (issue 12): an inbox of N generated articles is ingested by the real API while clients POST new
/// articles and files are deleted, and the process is killed with SIGKILL at a random moment — ten rounds. A last,
/// clean start must then hold every accepted article exactly once, none of the deleted ones, and no temporary file.
/// </summary>
internal static class TortureBenchmark
{
    private const string ApiKey = "torture-key";
    private static readonly TimeSpan LongestRound = TimeSpan.FromSeconds(4);

    public static async Task<int> RunAsync(int rounds, int files)
    {
        var root = Directory.CreateTempSubdirectory("geograph-torture-").FullName;
        var inbox = Directory.CreateDirectory(Path.Combine(root, "inbox")).FullName;
        var seeds = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
        foreach (var article in Corpus.Generate(files, seed: 7).Articles) await File.WriteAllTextAsync(Path.Combine(inbox, article.FileName), article.Text);
        var accepted = new ConcurrentDictionary<string, string>();
        var deleted = new ConcurrentDictionary<string, bool>();
        var random = new Random(12);
        try
        {
            for (var round = 1; round <= rounds; round++)
            {
                var lifetime = TimeSpan.FromMilliseconds(random.Next(300, (int)LongestRound.TotalMilliseconds));
                var (posted, removed) = await RoundAsync(root, seeds, round, lifetime, accepted, deleted, random.Next());
                Console.WriteLine($"round {round}: killed after {lifetime.TotalSeconds:F1} s; {posted} POSTs accepted, {removed} files deleted");
            }
            return await VerifyAsync(root, seeds, inbox, accepted, deleted);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<(int Posted, int Removed)> RoundAsync(string root, string seeds, int round, TimeSpan lifetime,
        ConcurrentDictionary<string, string> accepted, ConcurrentDictionary<string, bool> deleted, int seed)
    {
        var port = ApiServer.FreePort();
        using var api = ApiServer.Start(root, seeds, port, Settings());
        using var http = Client(port);
        await ApiServer.WaitUntilAsync(http, "health/live", TimeSpan.FromSeconds(60));
        using var stop = new CancellationTokenSource(lifetime);
        var posts = Task.Run(() => PostAsync(http, round, accepted, stop.Token));
        var deletions = Task.Run(() => DeleteAsync(Path.Combine(root, "inbox"), deleted, new Random(seed), stop.Token));
        await Task.Delay(lifetime);
        api.Kill(entireProcessTree: true);
        await api.WaitForExitAsync();
        return (await posts, await deletions);
    }

    private static async Task<int> PostAsync(HttpClient http, int round, ConcurrentDictionary<string, string> accepted, CancellationToken stop)
    {
        var count = 0;
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var text = $"Company{round:D2}x{n:D4} Energy signed a supply contract with Firm{round:D2}x{n:D4} Holdings on Monday.";
            try
            {
                var response = await http.PostAsJsonAsync("api/articles", new { title = $"Round {round} number {n}", text }, stop);
                if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"POST answered {(int)response.StatusCode}.");
                var body = (await response.Content.ReadFromJsonAsync<AcceptedArticle>(stop))!;
                accepted[body.Id] = body.File;
                count++;
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                // Killed mid-request: not accepted, so nothing is promised about this article.
            }
        }
        return count;
    }

    private static async Task<int> DeleteAsync(string inbox, ConcurrentDictionary<string, bool> deleted, Random random, CancellationToken stop)
    {
        var count = 0;
        while (!stop.IsCancellationRequested)
        {
            var candidates = Directory.GetFiles(inbox).Where(f => !Path.GetFileName(f).StartsWith('.')).ToArray();
            if (candidates.Length > 0)
            {
                var victim = candidates[random.Next(candidates.Length)];
                File.Delete(victim);
                deleted[ArticleRecord.IdFor(Path.GetFileName(victim))] = true;
                count++;
            }
            await Task.Delay(20, CancellationToken.None);
        }
        return count;
    }

    private static async Task<int> VerifyAsync(string root, string seeds, string inbox, ConcurrentDictionary<string, string> accepted, ConcurrentDictionary<string, bool> deleted)
    {
        var port = ApiServer.FreePort();
        using var api = ApiServer.Start(root, seeds, port, Settings());
        using var http = Client(port);
        var watch = Stopwatch.StartNew();
        await ApiServer.WaitUntilAsync(http, "health/ready", TimeSpan.FromMinutes(5));
        var remaining = Directory.GetFiles(inbox).Select(f => ArticleRecord.IdFor(Path.GetFileName(f))).Where(id => !id.StartsWith('.')).ToHashSet();
        var stats = await WaitForArticleCountAsync(http, remaining.Count, TimeSpan.FromMinutes(2));
        var readyAfter = watch.Elapsed.TotalSeconds;
        var missing = new List<string>();
        foreach (var id in remaining.Concat(accepted.Keys.Where(id => !deleted.ContainsKey(id))).Distinct())
            if ((await http.GetAsync($"api/articles/{Uri.EscapeDataString(id)}")).StatusCode != HttpStatusCode.OK) missing.Add(id);
        var lingering = new List<string>();
        foreach (var id in deleted.Keys)
            if ((await http.GetAsync($"api/articles/{Uri.EscapeDataString(id)}")).StatusCode != HttpStatusCode.NotFound) lingering.Add(id);
        var temporary = Directory.GetFiles(inbox, "*.tmp").Length;
        var quarantined = Directory.Exists(Path.Combine(root, "quarantine")) ? Directory.GetFiles(Path.Combine(root, "quarantine")).Length : 0;
        api.Kill(entireProcessTree: true);
        Console.WriteLine($"final start: ready and caught up in {readyAfter:F1} s; store {stats.Articles} articles for {remaining.Count} files left; "
            + $"{accepted.Count} accepted POSTs, {deleted.Count} deletions; missing {missing.Count}, deleted but present {lingering.Count}, "
            + $"temporary files {temporary}, quarantined {quarantined}");
        var ok = stats.Articles == remaining.Count && missing.Count == 0 && lingering.Count == 0 && temporary == 0 && quarantined == 0;
        Console.WriteLine(ok ? "every accepted article present exactly once, every deleted one gone, no temporary file left" : "FAILED");
        return ok ? 0 : 1;
    }

    private static async Task<GraphStats> WaitForArticleCountAsync(HttpClient http, int expected, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var stats = (await http.GetFromJsonAsync<GraphStats>("api/stats"))!;
            if (stats.Articles == expected || DateTime.UtcNow > deadline) return stats;
            await Task.Delay(200);
        }
    }

    private static Dictionary<string, string> Settings() => new()
    {
        ["GeoGraph__Api__ApiKey"] = ApiKey,
        ["GeoGraph__Ingestion__SettleTime"] = "00:00:00.100",
        ["GeoGraph__Ingestion__PollInterval"] = "00:00:00.200",
    };

    private static HttpClient Client(int port)
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return http;
    }

    private sealed record AcceptedArticle(string Id, string File, string Status);
}
