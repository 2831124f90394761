using GeoGraph.Extraction;
using GeoGraph.Graph;
using GeoGraph.Graph.Embedded;
using GeoGraph.Ingestion.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GeoGraph.Ingestion.Tests.Worker;

/// <summary>A real host running the ingestion worker over temporary seeds, inbox and quarantine folders.</summary>
internal sealed class WorkerHost : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly IHost _host;

    private readonly bool _ownsRoot;

    private WorkerHost(string root, IHost host, string seeds, bool ownsRoot)
    {
        Root = root;
        _host = host;
        Seeds = seeds;
        _ownsRoot = ownsRoot;
    }

    public string Root { get; }
    public string Seeds { get; }
    public string Inbox => Path.Combine(Root, "inbox");
    public string Quarantine => Path.Combine(Root, "quarantine");
    public string Database => Path.Combine(Root, "data", "geograph.db");
    public IGraphStore Store => _host.Services.GetRequiredService<IGraphStore>();
    public IngestionStatus Status => _host.Services.GetRequiredService<IngestionStatus>();
    public ArticleIngestor Ingestor => _host.Services.GetRequiredService<ArticleIngestor>();
    public Lazy<ArticleExtractor> Extractor => _host.Services.GetRequiredService<Lazy<ArticleExtractor>>();

    public static async Task<WorkerHost> StartAsync(Action<string>? arrangeSeeds = null, long maxArticleBytes = 20_000_000, IGraphStore? store = null, string settleTime = "00:00:00.300",
        string? seedsPath = null, bool waitForReady = true, Action<string>? arrangeInbox = null, string? root = null)
    {
        var ownsRoot = root is null;
        root ??= Directory.CreateTempSubdirectory("geograph-worker-").FullName;
        var seeds = seedsPath ?? Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
        arrangeSeeds?.Invoke(seeds);
        arrangeInbox?.Invoke(Directory.CreateDirectory(Path.Combine(root, "inbox")).FullName);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GeoGraph:Ingestion:SeedsPath"] = seeds,
            ["GeoGraph:Ingestion:InboxPath"] = Path.Combine(root, "inbox"),
            ["GeoGraph:Ingestion:QuarantinePath"] = Path.Combine(root, "quarantine"),
            ["GeoGraph:Ingestion:DataPath"] = Path.Combine(root, "data"),
            ["GeoGraph:Ingestion:PollInterval"] = "00:00:00.100",
            ["GeoGraph:Ingestion:SettleTime"] = settleTime,
            ["GeoGraph:Ingestion:MaxArticleBytes"] = maxArticleBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddSingleton<IGraphStore>(store ?? new EmbeddedGraphStore());
        builder.Services.AddGeoGraphIngestion();
        var host = builder.Build();
        await host.StartAsync();
        var worker = new WorkerHost(root, host, seeds, ownsRoot);
        if (waitForReady) await worker.WaitUntilAsync(() => worker.Status.IsReady);
        return worker;
    }

    /// <summary>Waits, bounded, for the worker to reach a state; fails the test if it never does.</summary>
    public async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The worker did not get there in time.");
            await Task.Delay(25);
        }
    }

    public IngestionOutcome? OutcomeOf(string fileName) =>
        Status.Outcomes.LastOrDefault(o => Path.GetFileName(o.File) == fileName);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        if (_ownsRoot) Directory.Delete(Root, recursive: true);
    }
}
