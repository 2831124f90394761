using GeoGraph.Testing.Repository;

namespace GeoGraph.Cli.Tests;

/// <summary>What the command line prints when things are not as asked, and when nobody is watching a terminal.</summary>
public sealed class ConsoleMannersTests
{
    [Fact]
    public async Task Reports_a_missing_path_in_one_line_and_exits_non_zero()
    {
        var missing = Path.Combine(Path.GetTempPath(), "geograph-no-such-folder");

        var run = await CliRunner.RunAsync("extract", missing);

        run.ExitCode.Should().NotBe(0);
        run.Error.Trim().Should().Be($"error: No such file or folder: {missing}");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task Writes_no_colour_codes_into_a_pipe_even_on_a_colour_terminal()
    {
        var seeds = Path.Combine(RepositoryPaths.Root, "seeds");
        var terminal = new Dictionary<string, string> { ["NO_COLOR"] = "", ["TERM"] = "xterm-256color", ["COLORTERM"] = "truecolor" };

        var run = await CliRunner.RunAsync(terminal, "load", "--store", "embedded", seeds);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("Loaded 5").And.NotContain("\u001b");
    }

    [Fact]
    public async Task Calls_itself_geograph_in_its_help()
    {
        var run = await CliRunner.RunAsync("--help");

        run.Out.Should().Contain("geograph [command]").And.NotContain("GeoGraph.Cli");
    }
}
