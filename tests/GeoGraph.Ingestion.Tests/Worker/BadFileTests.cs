using System.Text;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;
using GeoGraph.Ingestion.Worker;

namespace GeoGraph.Ingestion.Tests.Worker;

/// <summary>Every kind of bad file is either ingested correctly or quarantined with a reason, and the worker keeps going.</summary>
public sealed class BadFileTests
{
    private const string Visit = "Evo Morales travelled to Tehran on Monday, officials in La Paz said.";

    public static TheoryData<string, byte[], string> Unreadable => new()
    {
        { "empty.txt", [], "empty" },
        { "blank.txt", Encoding.UTF8.GetBytes(" \n\t\n"), "empty" },
        { "scan.txt", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x00, 0xE2, 0xE3], "binary" },
        { "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "binary" },
        { "garbage.txt", [0x41, 0xC3, 0x28, 0x01, 0x02, 0x81, 0x8D], "not valid UTF-8" },
    };

    public static TheoryData<string, byte[]> Readable => new()
    {
        { "utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Visit)] },
        { "windows-1252.txt", Encoding.Latin1.GetBytes("Evo Morales travelled to Tehran on Monday, the Bolivian caf\u00e9 owners said.") },
        { "utf8-bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Visit)] },
        { "name with spaces ñ ü.txt", Encoding.UTF8.GetBytes(Visit) },
        { "page.html", Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><title>Morales in Iran</title><script>var x = 'Putin visited Paris.';</script></head><body><nav><a>Home</a> | <a>World</a></nav><article><h1>Morales in Iran</h1><p>{Visit}</p></article><footer>Copyright</footer></body></html>") },
        { "page-saved-as.txt", Encoding.UTF8.GetBytes($"<html><body><p>{Visit}</p></body></html>") },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task Quarantines_an_unreadable_file_with_the_reason(string name, byte[] bytes, string reason)
    {
        await using var host = await WorkerHost.StartAsync();

        await File.WriteAllBytesAsync(Path.Combine(host.Inbox, name), bytes);
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "good.txt"), Visit);
        await host.WaitUntilAsync(() => host.OutcomeOf(name)?.State == IngestionState.Quarantined && host.OutcomeOf("good.txt")?.State == IngestionState.Ingested);

        (await File.ReadAllTextAsync(Path.Combine(host.Quarantine, name + ".reason.txt"))).Should().Contain(reason);
        File.Exists(Path.Combine(host.Quarantine, name)).Should().BeTrue("a quarantined file is set aside, not lost");
    }

    [Theory]
    [MemberData(nameof(Readable))]
    public async Task Ingests_text_in_any_of_the_encodings_and_forms_it_can_read(string name, byte[] bytes)
    {
        await using var host = await WorkerHost.StartAsync();

        await File.WriteAllBytesAsync(Path.Combine(host.Inbox, name), bytes);
        await host.WaitUntilAsync(() => host.OutcomeOf(name) is { State: IngestionState.Ingested or IngestionState.Quarantined });

        host.OutcomeOf(name)!.State.Should().Be(IngestionState.Ingested, host.OutcomeOf(name)!.Reason);
        var visits = (await new GraphReader(host.Store, QueryCatalogue.Default).FindRelationsAsync("VISITED", "evo-morales", null, default, 0, 10, default)).Items;
        visits.Should().Contain(v => v.Object.Id == "tehran");
    }

    [Fact]
    public async Task Drops_the_script_and_navigation_of_an_html_page()
    {
        await using var host = await WorkerHost.StartAsync();

        await File.WriteAllBytesAsync(Path.Combine(host.Inbox, "page.html"), Readable.Single(r => (string)r[0] == "page.html")[1] as byte[] ?? []);
        await host.WaitUntilAsync(() => host.OutcomeOf("page.html")?.State == IngestionState.Ingested);

        (await new GraphReader(host.Store, QueryCatalogue.Default).GetEntityAsync("paris", default, 0, 50, default)).Should().BeNull();
    }

    [Fact]
    public async Task Quarantines_an_article_over_the_size_limit_unread()
    {
        await using var host = await WorkerHost.StartAsync(maxArticleBytes: 1_000_000);
        var path = Path.Combine(host.Inbox, "huge.txt");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat(Visit + "\n", 20_000)));

        await host.WaitUntilAsync(() => host.OutcomeOf("huge.txt")?.State == IngestionState.Quarantined);

        host.OutcomeOf("huge.txt")!.Reason.Should().Contain("limit");
    }

    [Fact]
    public async Task Ingests_a_single_line_of_a_million_characters()
    {
        await using var host = await WorkerHost.StartAsync();
        var line = string.Concat(Enumerable.Repeat("Evo Morales travelled to Tehran on Monday and officials in La Paz said so ", 14_000));

        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "one-line.txt"), line);
        await host.WaitUntilAsync(() => host.OutcomeOf("one-line.txt") is { State: IngestionState.Ingested or IngestionState.Quarantined });

        line.Length.Should().BeGreaterThan(1_000_000);
        host.OutcomeOf("one-line.txt")!.State.Should().Be(IngestionState.Ingested);
    }

    [Fact]
    public async Task Refuses_a_symbolic_link_leading_out_of_the_inbox()
    {
        await using var host = await WorkerHost.StartAsync();
        var secret = Path.Combine(host.Root, "secret.txt");
        await File.WriteAllTextAsync(secret, Visit);

        File.CreateSymbolicLink(Path.Combine(host.Inbox, "link.txt"), secret);
        await host.WaitUntilAsync(() => host.OutcomeOf("link.txt")?.State == IngestionState.Quarantined);

        host.OutcomeOf("link.txt")!.Reason.Should().Contain("symbolic link");
        File.Exists(secret).Should().BeTrue();
        (await new GraphReader(host.Store, QueryCatalogue.Default).GetStatsAsync(default)).Articles.Should().Be(0);
    }

    [Fact]
    public async Task Quarantines_a_named_pipe_without_waiting_on_it_and_ingests_what_comes_after()
    {
        await using var host = await WorkerHost.StartAsync();
        var pipe = Path.Combine(host.Inbox, "aa.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe])) await mkfifo.WaitForExitAsync();

        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "zz.txt"), Visit);
        await host.WaitUntilAsync(() => host.OutcomeOf("zz.txt")?.State == IngestionState.Ingested);

        host.OutcomeOf("aa.txt")!.State.Should().Be(IngestionState.Quarantined);
        host.OutcomeOf("aa.txt")!.Reason.Should().Contain("not a regular file");
        File.Exists(Path.Combine(host.Quarantine, "aa.txt.reason.txt")).Should().BeTrue();
    }

    [Fact]
    public async Task Reports_a_file_that_vanished_before_it_was_read_and_carries_on()
    {
        await using var host = await WorkerHost.StartAsync();
        var ingestor = host.Ingestor;

        var outcome = await ingestor.IngestAsync(Path.Combine(host.Inbox, "gone.txt"), host.Inbox, ownsFile: true, default);

        outcome.State.Should().Be(IngestionState.Failed);
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "after.txt"), Visit);
        await host.WaitUntilAsync(() => host.OutcomeOf("after.txt")?.State == IngestionState.Ingested);
    }
}
