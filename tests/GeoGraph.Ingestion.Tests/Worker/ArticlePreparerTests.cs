using GeoGraph.Extraction;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Worker;
using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion.Tests.Worker;

public sealed class ArticlePreparerTests : IDisposable
{
    private const string Visit = "Evo Morales travelled to Tehran on Monday, officials in La Paz said.";
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-preparer-").FullName;
    private readonly ArticleExtractor _extractor = new();

    private ArticlePreparer Preparer(long maxArticleBytes = 20_000_000) =>
        new(new Lazy<ArticleExtractor>(_extractor), Options.Create(new IngestionOptions { MaxArticleBytes = maxArticleBytes }));

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Extracts_new_content_ahead_as_the_extractor_extracts_it_alone()
    {
        var path = Write("visit.txt", Visit);

        var prepared = await Preparer().PrepareAsync(path, _folder, extractAhead: _ => true, default);

        prepared.Extracted!.Graph.Should().BeEquivalentTo(_extractor.Extract("visit.txt", Visit), options => options.WithStrictOrdering());
        prepared.Stamp.Length.Should().Be(new FileInfo(path).Length);
    }

    [Fact]
    public async Task Leaves_content_the_ledger_knows_unextracted()
    {
        var path = Write("visit.txt", Visit);
        string? asked = null;

        var prepared = await Preparer().PrepareAsync(path, _folder, extractAhead: hash => { asked = hash; return false; }, default);

        prepared.Extracted.Should().BeNull();
        asked.Should().Be(prepared.Open().ContentHash);
    }

    [Fact]
    public async Task Keeps_the_reason_a_file_could_not_be_read_for_the_loop_to_handle()
    {
        var path = Path.Combine(_folder, "binary.txt");
        await File.WriteAllBytesAsync(path, [0x41, 0x00, 0x42]);

        var prepared = await Preparer().PrepareAsync(path, _folder, extractAhead: _ => true, default);

        prepared.Extracted.Should().BeNull();
        prepared.Invoking(p => p.Open()).Should().Throw<UnreadableArticleException>().Which.Reason.Should().Contain("binary");
    }

    [Fact]
    public async Task Refuses_a_file_over_the_size_limit_unread_and_unextracted()
    {
        var path = Write("long.txt", Visit + new string('x', 200));

        var prepared = await Preparer(maxArticleBytes: 100).PrepareAsync(path, _folder, extractAhead: _ => true, default);

        prepared.Extracted.Should().BeNull();
        prepared.Invoking(p => p.Open()).Should().Throw<UnreadableArticleException>().Which.Reason.Should().Contain("over the 100-byte limit");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
