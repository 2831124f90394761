using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeoGraph.Api.Tests;

/// <summary>The API with the embedded store, loaded with the seed articles into temporary inbox and quarantine folders.</summary>
public class GeoGraphApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("geograph-api-").FullName;

    public string SeedsPath => Path.Combine(AppContext.BaseDirectory, "seeds");

    public string InboxPath => Path.Combine(_root, "inbox");

    /// <summary>The texts of articles other tests of this API posted, read back from the inbox.</summary>
    public IEnumerable<string> PostedElsewhere() =>
        Directory.Exists(InboxPath) ? Directory.GetFiles(InboxPath, "api-*.txt").Select(File.ReadAllText).Where(t => !t.StartsWith("Company", StringComparison.Ordinal)) : [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("GeoGraph:Store", "Embedded");
        builder.UseSetting("GeoGraph:Ingestion:SeedsPath", SeedsPath);
        builder.UseSetting("GeoGraph:Ingestion:InboxPath", Path.Combine(_root, "inbox"));
        builder.UseSetting("GeoGraph:Ingestion:QuarantinePath", Path.Combine(_root, "quarantine"));
        builder.UseSetting("GeoGraph:Ingestion:DataPath", Path.Combine(_root, "data"));
        builder.UseSetting("GeoGraph:Ingestion:PollInterval", "00:00:00.100");
        builder.UseSetting("GeoGraph:Ingestion:SettleTime", "00:00:00.200");
        builder.UseSetting("GeoGraph:Api:ApiKey", ApiKey);
        builder.UseSetting("GeoGraph:Api:RequestsPerWindow", "100000");
    }

    public const string ApiKey = "test-api-key-0123456789";

    /// <summary>Waits, bounded, until /health/ready says the seeds are loaded.</summary>
    public async Task InitializeAsync()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The API never became ready.");
            await Task.Delay(50);
        }
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
