using GeoGraph.Extraction;
using GeoGraph.Graph.Embedded;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;
using GeoGraph.Graph.Stories;

namespace GeoGraph.Graph.Tests.Stories;

/// <summary>Near-duplicate detection on real articles: the seeds and a copy of seed 000 as another site ran it.</summary>
public sealed class StoryDetectionTests
{
    private const string Seed000 = "000_f3ef85bddd3de892";
    private const string Seed001 = "001_b153b9b2078a8f08";
    private const string Copy = "syndicated-000";

    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public async Task A_syndicated_copy_of_a_seed_with_a_new_headline_furniture_and_light_edits_is_the_same_story()
    {
        var reader = await LoadAsync(new EmbeddedGraphStore(), Seed(Seed000), TestData(Copy));

        var copy = await reader.GetArticleAsync(Copy, default, default);

        copy!.Story.Should().BeEquivalentTo(new StoryView(Seed000, [Seed000, Copy]));
        var visit = (await reader.FindRelationsAsync("VISITED", "vladimir-putin", "caracas", default, 0, 10, default)).Items.Single();
        (visit.Articles, visit.Sources).Should().Be((2, 1), "a fact seen in two copies of one story is one report");
    }

    [Fact]
    public async Task Two_different_stories_about_the_same_trip_stay_two_sources()
    {
        var reader = await LoadAsync(new EmbeddedGraphStore(), Seed(Seed000), Seed(Seed001));

        (await reader.GetArticleAsync(Seed001, default, default))!.Story.Should().BeEquivalentTo(new StoryView(Seed001, [Seed001]));
        var visit = (await reader.FindRelationsAsync("VISITED", "vladimir-putin", "venezuela", default, 0, 10, default)).Items.Single();
        (visit.Articles, visit.Sources).Should().Be((2, 2));
    }

    [Fact]
    public async Task A_threshold_above_the_copy_s_similarity_keeps_it_a_story_of_its_own()
    {
        var similarity = StoryFingerprinter.Default.Of(Seed(Seed000).Text)!.Similarity(StoryFingerprinter.Default.Of(TestData(Copy).Text)!);
        similarity.Should().BeInRange(StoryOptions.DefaultThreshold, 0.99);
        var strict = new EmbeddedGraphStore(new StoryOptions { Threshold = 1.0 });

        var reader = await LoadAsync(strict, Seed(Seed000), TestData(Copy));

        (await reader.GetArticleAsync(Copy, default, default))!.Story.Id.Should().Be(Copy);
    }

    [Fact]
    public void Page_furniture_and_the_headline_leave_a_fingerprint_as_it_was()
    {
        var dressed = "Home | World | Business\nPutin lands in Venezuela\nBy staff and agencies\n\n" + StoryTexts.Report + "\nCopyright 2008. All rights reserved.\n";

        StoryFingerprinter.Default.Of(dressed)!.MinHash.Should().Equal(StoryFingerprinter.Default.Of(StoryTexts.Report)!.MinHash);
    }

    [Fact]
    public void A_page_without_prose_has_no_fingerprint() =>
        StoryFingerprinter.Default.Of("Home | World | Business\nPrint Sponsor\n").Should().BeNull();

    private static (string Id, string Text) Seed(string id) => (id, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", id + ".txt")));

    private static (string Id, string Text) TestData(string id) => (id, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Stories", id + ".txt")));

    private static async Task<GraphReader> LoadAsync(IGraphStore store, params (string Id, string Text)[] articles)
    {
        foreach (var (id, text) in articles)
        {
            await store.UpsertArticleAsync(new ArticleRecord(id, id + ".txt", id, DateTimeOffset.UnixEpoch, Extractor.Extract(id + ".txt", text))
            {
                Fingerprint = StoryFingerprinter.Default.Of(text),
            });
        }
        return new GraphReader(store, QueryCatalogue.Default);
    }
}
