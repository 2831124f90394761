using GeoGraph.Graph;
using GeoGraph.Graph.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion.Tests.Settings;

public sealed class IngestionOptionsValidationTests
{
    private static IngestionOptions Resolve(string setting, string value)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [setting] = value }).Build());
        services.AddSingleton<IGraphStore>(new EmbeddedGraphStore());
        services.AddGeoGraphIngestion();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<IngestionOptions>>().Value;
    }

    [Theory]
    [InlineData("GeoGraph:Ingestion:PollInterval", "00:00:00.001", "PollInterval")]
    [InlineData("GeoGraph:Ingestion:StallTimeout", "02:00:00", "StallTimeout")]
    [InlineData("GeoGraph:Ingestion:ExtractionParallelism", "0", "ExtractionParallelism")]
    public void Rejects_a_setting_outside_its_range_naming_it(string setting, string value, string property)
    {
        var resolve = () => Resolve(setting, value);

        resolve.Should().Throw<OptionsValidationException>().WithMessage($"*{property}*");
    }

    [Fact]
    public void Accepts_a_time_inside_its_range()
    {
        Resolve("GeoGraph:Ingestion:PollInterval", "00:00:05").PollInterval.Should().Be(TimeSpan.FromSeconds(5));
    }
}
