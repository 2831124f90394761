using System.Net;
using System.Net.Http.Json;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Api.Tests;

/// <summary>The API over the seeds and another site's copy of seed 000, dropped into the inbox.</summary>
public sealed class SyndicatedCopyTests : OwnApiTests
{
    [Fact]
    public async Task The_copy_names_its_story_and_a_fact_counts_one_source_for_the_seed_and_its_copy()
    {
        var seeds = Directory.CreateTempSubdirectory("geograph-copy-seeds-").FullName;
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"))) File.Copy(seed, Path.Combine(seeds, Path.GetFileName(seed)));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Stories", "syndicated-000.txt"), Path.Combine(seeds, "zz-courier-putin.txt"));
        await using var api = Api("Development", builder => builder.UseSetting("GeoGraph:Ingestion:SeedsPath", seeds));
        var client = api.CreateClient();
        for (var probes = 0; (await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK; probes++)
        {
            probes.Should().BeLessThan(3_000, "the API should become ready");
            await Task.Delay(10);
        }

        var copy = await client.GetFromJsonAsync<ArticleDetail>("/api/articles/zz-courier-putin");
        var putin = await client.GetFromJsonAsync<EntityDetail>("/api/entities/vladimir-putin");

        Directory.Delete(seeds, recursive: true);
        copy!.Story.Should().BeEquivalentTo(new StoryView("000_f3ef85bddd3de892", ["000_f3ef85bddd3de892", "zz-courier-putin"]));
        var visit = putin!.Neighbours.Items.Single(n => n.Type == "VISITED" && n.Direction == "outgoing" && n.Other.Id == "caracas");
        (visit.Articles, visit.Sources).Should().Be((3, 2), "seed 000, its copy and seed 001 say so: three articles, two stories");
    }
}
