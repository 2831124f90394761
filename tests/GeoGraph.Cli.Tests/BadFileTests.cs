using System.Text;

namespace GeoGraph.Cli.Tests;

/// <summary>The same bad files the worker meets, through <c>geograph extract</c>: each is printed or reported, never lost.</summary>
public sealed class BadFileTests : IDisposable
{
    private const string Visit = "Evo Morales travelled to Tehran on Monday, officials in La Paz said.";
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-cli-bad-").FullName;

    [Fact]
    public async Task Prints_every_readable_article_and_names_every_unreadable_one()
    {
        var files = new Dictionary<string, byte[]>
        {
            ["empty.txt"] = [],
            ["scan.txt"] = [0x25, 0x50, 0x44, 0x46, 0x00, 0x01],
            ["garbage.txt"] = [0x41, 0xC3, 0x28, 0x01, 0x81],
            ["utf16.txt"] = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Visit)],
            ["windows-1252.txt"] = Encoding.Latin1.GetBytes(Visit.Replace("officials", "caf\u00e9 owners")),
            ["page.html"] = Encoding.UTF8.GetBytes($"<html><body><p>{Visit}</p></body></html>"),
            ["name with spaces ñ.txt"] = Encoding.UTF8.GetBytes(Visit),
            ["one-line.txt"] = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Visit.TrimEnd('.') + " and ", 15_000))),
        };
        foreach (var (name, bytes) in files) await File.WriteAllBytesAsync(Path.Combine(_folder, name), bytes);

        var run = await CliRunner.RunAsync("extract", _folder);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("empty.txt: the file is empty").And.Contain("scan.txt: binary").And.Contain("garbage.txt: not valid UTF-8");
        var printed = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        printed.Should().HaveCount(5);
        printed.Should().OnlyContain(line => line.Contains("\"object\":\"Tehran\""));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
