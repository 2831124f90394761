using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;
using GeoGraph.Ingestion.Worker;

namespace GeoGraph.Ingestion.Tests.Worker;

/// <summary>The store mirrors the inbox: a renamed file is the article it was, a deleted file's article goes, no two files share an id.</summary>
public sealed class InboxMirrorTests
{
    private const string Visit = "Russian prime minister Vladimir Putin arrived in Caracas on Friday for talks with Hugo Chavez.";
    private const string SameVisit = "Vladimir Putin landed in Caracas on Friday, officials said.";

    private static GraphReader Reader(WorkerHost host) => new(host.Store, QueryCatalogue.Default);

    private static async Task<int> ArticlesStatingAsync(WorkerHost host, string subject, string type, string @object) =>
        (await Reader(host).FindRelationsAsync(type, subject, @object, default, 0, 10, default)).Items.SingleOrDefault()?.Articles ?? 0;

    [Fact]
    public async Task A_renamed_file_is_the_same_article_and_its_facts_count_once()
    {
        await using var host = await WorkerHost.StartAsync();
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "a.txt"), Visit);
        await host.WaitUntilAsync(() => host.OutcomeOf("a.txt")?.State == IngestionState.Ingested);

        File.Move(Path.Combine(host.Inbox, "a.txt"), Path.Combine(host.Inbox, "b.txt"));
        await host.WaitUntilAsync(() => host.OutcomeOf("b.txt")?.State == IngestionState.Unchanged && host.OutcomeOf("a.txt")?.State == IngestionState.Removed);

        (await Reader(host).GetStatsAsync(default)).Articles.Should().Be(1);
        (await ArticlesStatingAsync(host, "vladimir-putin", "VISITED", "caracas")).Should().Be(1);
        host.OutcomeOf("b.txt")!.ArticleId.Should().Be("a", "the article keeps the id it had");
    }

    [Fact]
    public async Task A_file_moved_away_and_back_keeps_its_article()
    {
        await using var host = await WorkerHost.StartAsync();
        var (a, b) = (Path.Combine(host.Inbox, "a.txt"), Path.Combine(host.Inbox, "b.txt"));
        await File.WriteAllTextAsync(a, Visit);
        await host.WaitUntilAsync(() => host.OutcomeOf("a.txt")?.State == IngestionState.Ingested);
        File.Move(a, b);
        await host.WaitUntilAsync(() => host.OutcomeOf("a.txt")?.State == IngestionState.Removed);

        File.Move(b, a);
        await host.WaitUntilAsync(() => host.OutcomeOf("b.txt")?.State == IngestionState.Removed);

        (await Reader(host).GetStatsAsync(default)).Articles.Should().Be(1);
        (await ArticlesStatingAsync(host, "vladimir-putin", "VISITED", "caracas")).Should().Be(1);
    }

    [Fact]
    public async Task A_deleted_file_takes_its_article_with_it_and_leaves_what_other_articles_support()
    {
        await using var host = await WorkerHost.StartAsync();
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "a.txt"), Visit);
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "b.txt"), SameVisit);
        await host.WaitUntilAsync(() => host.OutcomeOf("b.txt")?.State == IngestionState.Ingested && host.OutcomeOf("a.txt")?.State == IngestionState.Ingested);
        (await ArticlesStatingAsync(host, "vladimir-putin", "VISITED", "caracas")).Should().Be(2);

        File.Delete(Path.Combine(host.Inbox, "a.txt"));
        await host.WaitUntilAsync(() => host.OutcomeOf("a.txt")?.State == IngestionState.Removed);

        (await Reader(host).GetArticleAsync("a", default, default)).Should().BeNull();
        (await ArticlesStatingAsync(host, "vladimir-putin", "VISITED", "caracas")).Should().Be(1, "b.txt still says so");
        (await Reader(host).GetEntityAsync("hugo-chavez", default, 0, 50, default)).Should().BeNull("only a.txt named him");

        File.Delete(Path.Combine(host.Inbox, "b.txt"));
        await host.WaitUntilAsync(() => host.OutcomeOf("b.txt")?.State == IngestionState.Removed);
        (await Reader(host).GetStatsAsync(default)).Articles.Should().Be(0);
    }

    [Fact]
    public async Task Two_files_with_one_name_and_different_extensions_are_two_articles()
    {
        await using var host = await WorkerHost.StartAsync();
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "x.txt"), Visit);
        await host.WaitUntilAsync(() => host.OutcomeOf("x.txt")?.State == IngestionState.Ingested);

        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "x.html"), $"<html><body><p>{SameVisit}</p></body></html>");
        await host.WaitUntilAsync(() => host.OutcomeOf("x.html")?.State == IngestionState.Ingested);

        host.OutcomeOf("x.html")!.ArticleId.Should().Be("x-html");
        (await Reader(host).GetArticleAsync("x", default, default))!.FileName.Should().Be("x.txt");
        (await Reader(host).GetArticleAsync("x-html", default, default))!.FileName.Should().Be("x.html");
        (await ArticlesStatingAsync(host, "vladimir-putin", "VISITED", "caracas")).Should().Be(2);
    }

    [Fact]
    public async Task A_copy_of_an_article_is_the_same_article_until_both_files_are_gone()
    {
        await using var host = await WorkerHost.StartAsync();
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "a.txt"), Visit);
        await host.WaitUntilAsync(() => host.OutcomeOf("a.txt")?.State == IngestionState.Ingested);

        File.Copy(Path.Combine(host.Inbox, "a.txt"), Path.Combine(host.Inbox, "copy.txt"));
        await host.WaitUntilAsync(() => host.OutcomeOf("copy.txt")?.State == IngestionState.Unchanged);
        File.Delete(Path.Combine(host.Inbox, "a.txt"));
        await host.WaitUntilAsync(() => host.OutcomeOf("a.txt")?.State == IngestionState.Removed);

        (await Reader(host).GetArticleAsync("a", default, default)).Should().NotBeNull("copy.txt still holds it");
        (await ArticlesStatingAsync(host, "vladimir-putin", "VISITED", "caracas")).Should().Be(1);
    }
}
