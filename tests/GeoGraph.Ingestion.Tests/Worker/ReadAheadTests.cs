using GeoGraph.Extraction;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Worker;
using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion.Tests.Worker;

public sealed class ReadAheadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-read-ahead-").FullName;
    private readonly ArticleExtractor _extractor = new();

    private ArticlePreparer Preparer(long maxArticleBytes = 20_000_000) =>
        new(new Lazy<ArticleExtractor>(_extractor), Options.Create(new IngestionOptions { MaxArticleBytes = maxArticleBytes }));

    private List<string> CopySeedsWithAnUnreadableFileAmongThem()
    {
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")))
            File.Copy(seed, Path.Combine(_folder, Path.GetFileName(seed)));
        File.WriteAllBytes(Path.Combine(_folder, "001-binary.txt"), [0x41, 0x00, 0x42]);
        return [.. Directory.GetFiles(_folder).Order(StringComparer.Ordinal)];
    }

    private static async Task<List<PreparedArticle>> TakeAllAsync(ReadAhead ahead, int count)
    {
        var prepared = new List<PreparedArticle>();
        for (var i = 0; i < count; i++) prepared.Add(await ahead.NextAsync());
        return prepared;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(16)]
    public async Task Hands_out_every_file_in_order_extracted_as_the_extractor_extracts_it_alone(int depth)
    {
        var files = CopySeedsWithAnUnreadableFileAmongThem();

        var prepared = await TakeAllAsync(new ReadAhead(Preparer(), files, _folder, depth, default), files.Count);

        prepared.Select(p => p.Path).Should().Equal(files);
        foreach (var article in prepared.Where(p => p.Failure is null))
        {
            var alone = _extractor.Extract(article.Article!.Name, article.Article.Text);
            article.Graph.Should().BeEquivalentTo(alone, options => options.WithStrictOrdering());
        }
    }

    [Fact]
    public async Task Keeps_the_reason_a_file_could_not_be_read_in_its_place_for_the_loop_to_handle()
    {
        var files = CopySeedsWithAnUnreadableFileAmongThem();

        var prepared = await TakeAllAsync(new ReadAhead(Preparer(), files, _folder, depth: 4, default), files.Count);

        var binary = prepared.Single(p => p.Path.EndsWith("001-binary.txt", StringComparison.Ordinal));
        binary.Graph.Should().BeNull();
        binary.Invoking(p => p.Open()).Should().Throw<UnreadableArticleException>().Which.Reason.Should().Contain("binary");
        prepared.Where(p => p != binary).Should().OnlyContain(p => p.Failure == null && p.Graph != null);
    }

    [Fact]
    public async Task Refuses_a_file_over_the_size_limit_without_extracting_it()
    {
        var path = Path.Combine(_folder, "long.txt");
        await File.WriteAllTextAsync(path, "Evo Morales travelled to Tehran on Monday. " + new string('x', 200));

        var prepared = await Preparer(maxArticleBytes: 100).PrepareAsync(path, _folder, extract: true, default);

        prepared.Invoking(p => p.Open()).Should().Throw<UnreadableArticleException>().Which.Reason.Should().Contain("over the 100-byte limit");
    }

    [Fact]
    public async Task Says_so_when_asked_for_more_files_than_it_was_given()
    {
        var ahead = new ReadAhead(Preparer(), [], _folder, depth: 2, default);

        await ahead.Invoking(a => a.NextAsync()).Should().ThrowAsync<InvalidOperationException>();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
