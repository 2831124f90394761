using System.Security.Cryptography;
using System.Text;
using GeoGraph.Extraction;
using GeoGraph.Graph;
using GeoGraph.Graph.Durable;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;
using GeoGraph.Ingestion;
using GeoGraph.Ingestion.Ledger;
using GeoGraph.Ingestion.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeoGraph.Benchmarks;

/// <summary>The ingestion worker as the API runs it (durable embedded store, SQLite ledger) over the folders of one root.</summary>
internal sealed class DurableWorker : IAsyncDisposable
{
    private readonly IHost _host;

    private DurableWorker(IHost host) => _host = host;

    public PersistentGraphStore Store => _host.Services.GetRequiredService<PersistentGraphStore>();
    public IngestionStatus Status => _host.Services.GetRequiredService<IngestionStatus>();
    public IngestionLedger Ledger => _host.Services.GetRequiredService<IngestionLedger>();

    /// <summary>Whether anything needed the extractor: a start that finds every file as the ledger recorded it never does.</summary>
    public bool ExtractorBuilt => _host.Services.GetRequiredService<Lazy<ArticleExtractor>>().IsValueCreated;

    /// <param name="extractionParallelism">How many files the worker prepares at once; null for its default.</param>
    public static async Task<DurableWorker> StartAsync(string root, int? extractionParallelism = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GeoGraph:Ingestion:SeedsPath"] = Path.Combine(root, "seeds"),
            ["GeoGraph:Ingestion:InboxPath"] = Path.Combine(root, "inbox"),
            ["GeoGraph:Ingestion:QuarantinePath"] = Path.Combine(root, "quarantine"),
            ["GeoGraph:Ingestion:DataPath"] = Path.Combine(root, "data"),
        });
        if (extractionParallelism is { } parallelism)
            builder.Configuration["GeoGraph:Ingestion:ExtractionParallelism"] = parallelism.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Services.AddGeoGraphIngestion();
        builder.Services.AddSingleton(provider => new PersistentGraphStore(provider.GetRequiredService<DatabaseFile>().Path));
        builder.Services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<PersistentGraphStore>());
        var host = builder.Build();
        await host.StartAsync();
        return new DurableWorker(host);
    }

    /// <summary>Waits until /health/ready would say ready: the initial load is done and the store holds what SQLite held.</summary>
    public async Task WaitUntilReadyAsync()
    {
        await Store.Loaded;
        while (!Status.IsReady) await Task.Delay(5);
    }

    /// <summary>The store's counts and a digest of every ledger row (file, article, hash, status, reason, times unless left out, date).</summary>
    public async Task<string> FingerprintAsync(bool withTimes = true)
    {
        var stats = await new GraphReader(Store, QueryCatalogue.Default).GetStatsAsync(default);
        var rows = Ledger.Entries.Select(e => $"{e.File}|{e.ArticleId}|{e.ContentHash}|{e.Status}|{e.Reason}|{(withTimes ? e.At.ToString("O") : "")}|{e.Published}");
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows.Order(StringComparer.Ordinal)))));
        return $"articles {stats.Articles}, entities {stats.Entities.Values.Sum()}, facts {stats.Relations.Values.Sum()}, ledger {Ledger.Count} rows, digest {digest[..16]}";
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
