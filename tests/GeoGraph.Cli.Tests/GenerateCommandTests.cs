using System.Text.Json.Nodes;
using GeoGraph.Cli.Generation;

namespace GeoGraph.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-generate-").FullName;

    [Fact]
    public async Task Syndicates_a_share_of_its_stories_under_new_furniture_with_the_same_facts_and_keys_them()
    {
        var run = await CliRunner.RunAsync("generate", "--articles", "300", "--seed", "3", "--syndicated", "0.3", _folder);

        run.ExitCode.Should().Be(0, run.Error);
        var stories = StoryKey.Read(await File.ReadAllTextAsync(Path.Combine(_folder, StoryKey.FileName)));
        var copies = stories.Where(s => s.Key != s.Value).ToList();
        copies.Count.Should().BeInRange(60, 120, "about three articles in ten are copies");
        var key = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "answer-key.json")))!["articles"]!;
        foreach (var (copy, original) in copies)
        {
            stories[original].Should().Be(original, "a copy is of an original story");
            var (copyText, originalText) = (await File.ReadAllTextAsync(Path.Combine(_folder, copy)), await File.ReadAllTextAsync(Path.Combine(_folder, original)));
            copyText.Should().NotBe(originalText);
            copyText.Split('\n')[0].Should().NotBe(originalText.Split('\n')[0], "a copy runs under another site's menu");
            key[copy]!["relations"]!.ToJsonString().Should().Be(key[original]!["relations"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task Writes_no_story_key_without_syndication_and_refuses_a_share_of_one()
    {
        var plain = await CliRunner.RunAsync("generate", "--articles", "5", _folder);
        var all = await CliRunner.RunAsync("generate", "--articles", "5", "--syndicated", "1", _folder);

        plain.ExitCode.Should().Be(0);
        File.Exists(Path.Combine(_folder, StoryKey.FileName)).Should().BeFalse();
        all.ExitCode.Should().NotBe(0);
        all.Error.Should().Contain("--syndicated must be a share from 0 up to, not including, 1");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
