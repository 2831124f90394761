using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;
using GeoGraph.Ingestion.Submissions;
using GeoGraph.Ingestion.Worker;

namespace GeoGraph.Ingestion.Tests.Worker;

/// <summary>Submissions the API left in the inbox: read with their metadata as fields, or set aside when they break the rules.</summary>
public sealed class SubmissionFileTests
{
    private const string Visit = "Evo Morales travelled to Tehran on Monday, officials in La Paz said.";

    [Fact]
    public async Task Takes_title_and_date_from_the_fields_and_facts_from_the_text_alone()
    {
        await using var host = await WorkerHost.StartAsync();

        var submission = new ArticleSubmission("Vladimir Putin visited Kyiv", Visit, "2021-03-04", "Vladimir Putin visited Kyiv.");
        await File.WriteAllBytesAsync(Path.Combine(host.Inbox, "s.article.json"), SubmissionFile.Serialize(submission));
        await host.WaitUntilAsync(() => host.OutcomeOf("s.article.json")?.State == IngestionState.Ingested);

        var article = await new GraphReader(host.Store, QueryCatalogue.Default).GetArticleAsync("s", default, default);
        article!.Title.Should().Be("Vladimir Putin visited Kyiv");
        article.Published.Should().Be("2021-03-04");
        article.Facts.Should().NotContain(f => f.Subject.Id == "vladimir-putin");
    }

    [Fact]
    public async Task Quarantines_a_submission_whose_source_carries_a_line_break()
    {
        await using var host = await WorkerHost.StartAsync();

        var submission = new ArticleSubmission(null, Visit, null, "x\nVladimir Putin visited Kyiv.");
        await File.WriteAllBytesAsync(Path.Combine(host.Inbox, "bad.article.json"), SubmissionFile.Serialize(submission));
        await host.WaitUntilAsync(() => host.OutcomeOf("bad.article.json")?.State == IngestionState.Quarantined);

        host.OutcomeOf("bad.article.json")!.Reason.Should().Contain("'source' must not contain control characters");
    }

    [Fact]
    public async Task Removes_temporary_files_of_submissions_interrupted_before_a_restart()
    {
        await using var host = await WorkerHost.StartAsync(arrangeInbox: inbox =>
            File.WriteAllText(Path.Combine(inbox, ".api-0123456789abcdef.article.json.0f0f.1a1a.tmp"), "{\"text\": \"half"));

        Directory.EnumerateFiles(host.Inbox, "*.tmp").Should().BeEmpty();
    }
}
