using System.Text.Json;

namespace GeoGraph.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-cli-").FullName;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Prints_one_json_object_per_article_in_the_answer_key_format()
    {
        Write("a.txt", "Russian prime minister Vladimir Putin arrived in Caracas on Friday.");
        Write("b.txt", "China lent Venezuela $20 billion in 2010.");

        var run = await CliRunner.RunAsync("extract", _folder);

        run.ExitCode.Should().Be(0);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(l => l.GetProperty("article").GetString()).Should().Equal("a.txt", "b.txt");
        var visit = lines[0].GetProperty("relations").EnumerateArray()
            .Single(r => r.GetProperty("type").GetString() == "VISITED" && r.GetProperty("object").GetString() == "Caracas");
        visit.GetProperty("subject").GetString().Should().Be("Vladimir Putin");
        visit.GetProperty("object").GetString().Should().Be("Caracas");
        visit.GetProperty("evidence").GetProperty("start").GetInt32().Should().Be(0);
        lines[1].GetProperty("relations")[0].GetProperty("amount").GetProperty("value").GetDecimal().Should().Be(20_000_000_000m);
    }

    [Fact]
    public async Task Reports_an_unreadable_file_on_stderr_and_still_prints_the_others()
    {
        File.WriteAllBytes(Path.Combine(_folder, "bad.txt"), [0x00, 0x01, 0x02]);
        Write("good.txt", "Evo Morales travelled to Tehran on Monday.");

        var run = await CliRunner.RunAsync("extract", _folder);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("bad.txt").And.Contain("binary");
        run.Out.Should().Contain("\"article\":\"good.txt\"");
    }

    [Fact]
    public async Task Prints_the_same_lines_in_path_order_on_one_core_or_several()
    {
        for (var i = 0; i < 40; i++) Write($"{i:D2}.txt", $"Evo Morales travelled to Tehran on day {i} of the talks, officials said.");

        var oneCore = await CliRunner.RunAsync("extract", "--parallelism", "1", _folder);
        var fourAtOnce = await CliRunner.RunAsync("extract", "--parallelism", "4", _folder);

        fourAtOnce.ExitCode.Should().Be(0);
        fourAtOnce.Out.Should().Be(oneCore.Out);
        var articles = fourAtOnce.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article").GetString());
        articles.Should().Equal(Enumerable.Range(0, 40).Select(i => $"{i:D2}.txt"));
    }

    [Fact]
    public async Task Refuses_a_parallelism_below_one()
    {
        var run = await CliRunner.RunAsync("extract", "--parallelism", "0", _folder);

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("--parallelism must be between 1 and 512");
        run.Error.Should().NotContain("Exception");
    }

    [Fact]
    public async Task Fails_with_a_clear_message_for_a_missing_path()
    {
        var run = await CliRunner.RunAsync("extract", Path.Combine(_folder, "missing"));

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("No such file or folder").And.Contain("missing");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task Prints_nothing_when_a_later_path_is_missing_even_one_article_at_a_time()
    {
        var good = Write("good.txt", "Evo Morales travelled to Tehran on Monday.");

        var run = await CliRunner.RunAsync("extract", "--parallelism", "1", good, Path.Combine(_folder, "missing"));

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("No such file or folder").And.Contain("missing");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task Reads_relative_paths_from_the_directory_it_runs_in_and_names_them_as_given()
    {
        Write("a.txt", "Evo Morales travelled to Tehran on Monday.");
        File.WriteAllBytes(Path.Combine(_folder, "bad.txt"), [0x00, 0x01, 0x02]);

        var run = await CliRunner.RunInAsync(_folder, removeItFirst: false, "extract", "a.txt", "./bad.txt");

        run.Out.Should().Contain("\"object\":\"Tehran\"");
        run.Error.Should().Contain("error: ./bad.txt: binary content");
    }

    [Fact]
    public async Task Extracts_articles_named_by_full_paths_where_its_working_directory_is_gone()
    {
        var article = Write("a.txt", "Evo Morales travelled to Tehran on Monday.");
        var gone = Directory.CreateTempSubdirectory("geograph-cli-gone-").FullName;

        var run = await CliRunner.RunInAsync(gone, removeItFirst: true, "extract", article);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("\"object\":\"Tehran\"");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
