using System.Diagnostics;
using System.Net;
using System.Text;
using GeoGraph.Extraction;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Worker;
using GeoGraph.Neo4j;
using GeoGraph.Neo4j.Client;
using GeoGraph.Neo4j.Store;
using Microsoft.Extensions.Options;

namespace GeoGraph.Benchmarks;

/// <summary>
/// The Neo4j write path, from the client's own counters: round trips and rows per article. Against
/// GEOGRAPH_BENCH_NEO4J_URI (with _USER and _PASSWORD) when given, else a local stand-in that accepts every statement.
/// </summary>
internal static class Neo4jWriteBenchmark
{
    public static async Task<int> RunAsync(int articles)
    {
        var corpus = Corpus.Generate(articles);
        var live = Environment.GetEnvironmentVariable("GEOGRAPH_BENCH_NEO4J_URI");
        var uri = live is null ? StandInUri() : new Uri(live);
        using var standIn = live is null ? StandIn(uri) : null;
        var options = new Neo4jOptions
        {
            Uri = uri,
            User = Environment.GetEnvironmentVariable("GEOGRAPH_BENCH_NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("GEOGRAPH_BENCH_NEO4J_PASSWORD") ?? "stand-in",
        };
        var client = new QueryApiClient(new HttpClient(), Options.Create(options), Neo4jResilience.Create(options, TimeProvider.System));
        var loader = new ArticleLoader(new Neo4jGraphStore(client), new Lazy<ArticleExtractor>(), TimeProvider.System);
        var rows = 0L;
        var watch = Stopwatch.StartNew();
        foreach (var article in corpus.Articles)
        {
            var file = ArticleFileReader.Decode(article.FileName, Encoding.UTF8.GetBytes(article.Text));
            var outcome = await loader.LoadAsync(file, default);
            rows += outcome.Entities + outcome.Facts;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"neo4j write path ({(standIn is null ? "live Neo4j" : "stand-in server")}): {articles} articles in {seconds:F1} s");
        Console.WriteLine($"  round trips per article: {(double)client.RequestCount / articles:F2} (content-hash look-up + one write statement)");
        Console.WriteLine($"  rows per write statement: {(double)rows / articles:F1} (entities and facts of one article, one implicit transaction)");
        return 0;
    }

    private static Uri StandInUri()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
    }

    private static HttpListener StandIn(Uri uri)
    {
        var listener = new HttpListener();
        listener.Prefixes.Add(uri.ToString());
        listener.Start();
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                var context = await listener.GetContextAsync();
                context.Response.StatusCode = 202;
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync("{\"data\":{\"fields\":[],\"values\":[]}}"u8.ToArray());
                context.Response.Close();
            }
        });
        return listener;
    }
}
