using System.Net;
using System.Net.Http.Json;
using System.Text;
using GeoGraph.Api.Endpoints;
using GeoGraph.Graph.Reading;

namespace GeoGraph.Api.Tests;

[Collection(WritableApiCollection.Name)]
public sealed class ArticleSubmissionTests(WritableApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static HttpRequestMessage Post(HttpContent content, string? key = GeoGraphApiFactory.ApiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = content };
        if (key is not null) request.Headers.Add(ApiKeyFilter.Header, key);
        return request;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Refuses_a_write_without_the_api_key(string? key)
    {
        var response = await _client.SendAsync(Post(new StringContent("Evo Morales travelled to Tehran."), key));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Queues_a_json_article_durably_and_the_worker_ingests_it()
    {
        var submission = new { title = "Morales in Tehran", text = "Bolivian President Evo Morales travelled to Tehran on Monday.", published = "2009-11-25", source = "https://example.org/a" };

        var response = await _client.SendAsync(Post(JsonContent.Create(submission)));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var accepted = await response.Content.ReadFromJsonAsync<ArticleSubmissionEndpoints.Accepted>();
        File.Exists(Path.Combine(factory.InboxPath, accepted!.File)).Should().BeTrue("the article is on disk before the answer goes out");
        response.Headers.Location!.ToString().Should().Be($"/api/articles/{accepted.Id}");
        var article = await WaitForArticleAsync(accepted.Id);
        article.Published.Should().Be("2009-11-25");
        article.Facts.Should().Contain(f => f.Type == "VISITED" && f.Object.Id == "tehran");
    }

    [Fact]
    public async Task Takes_plain_text_too_and_the_same_article_twice_is_one_article()
    {
        var text = "Angela Merkel flew to Ankara for talks with Recep Tayyip Erdogan.";

        var first = await (await _client.SendAsync(Post(new StringContent(text, Encoding.UTF8, "text/plain")))).Content.ReadFromJsonAsync<ArticleSubmissionEndpoints.Accepted>();
        var second = await (await _client.SendAsync(Post(new StringContent(text, Encoding.UTF8, "text/plain")))).Content.ReadFromJsonAsync<ArticleSubmissionEndpoints.Accepted>();

        second!.Id.Should().Be(first!.Id);
        (await WaitForArticleAsync(first.Id)).Facts.Should().Contain(f => f.Type == "MET");
    }

    [Theory]
    [InlineData("""{"title": "No text"}""", "text")]
    [InlineData("""{"text": "A text.", "published": "yesterday"}""", "published")]
    [InlineData("""{"text": 42""", "body")]
    public async Task Rejects_a_malformed_article_naming_the_field(string json, string field) =>
        await (await _client.SendAsync(Post(new StringContent(json, Encoding.UTF8, "application/json")))).ShouldBeBadRequestNaming(field);

    [Theory]
    [InlineData("""{"text": "Angela Merkel flew to Ankara.", "title": "Talks\rPublished: 1999-01-01"}""", "title")]
    [InlineData("""{"text": "Angela Merkel flew to Ankara.", "source": "x\nVladimir Putin visited Kyiv."}""", "source")]
    [InlineData("""{"text": "Angela Merkel flew to Ankara.", "source": "tab\there"}""", "source")]
    [InlineData("""{"text": "Angela Merkel flew to Ankara.", "published": "1066-10-14"}""", "published")]
    [InlineData("""{"text": "Angela Merkel flew to Ankara.", "published": "2999-01-01"}""", "published")]
    public async Task Rejects_metadata_with_control_characters_or_an_implausible_date(string json, string field) =>
        await (await _client.SendAsync(Post(new StringContent(json, Encoding.UTF8, "application/json")))).ShouldBeBadRequestNaming(field);

    [Theory]
    [InlineData("""{"text": "Angela Merkel flew\u0000 to Ankara."}""", "application/json")]
    [InlineData("Angela Merkel flew\0 to Ankara.", "text/plain")]
    public async Task Refuses_text_the_worker_would_quarantine_saying_why(string body, string mediaType)
    {
        var response = await _client.SendAsync(Post(new StringContent(body, Encoding.UTF8, mediaType)));

        await response.ShouldBeBadRequestNaming("text");
        (await response.Content.ReadAsStringAsync()).Should().Contain("NUL");
    }

    [Fact]
    public async Task Keeps_title_source_and_date_as_fields_and_extracts_facts_from_the_text_alone()
    {
        var submission = new { title = "Vladimir Putin visited Kyiv", text = "Angela Merkel flew to Ankara for talks with Recep Tayyip Erdogan on Monday.", published = "2020-05-01", source = "Vladimir Putin visited Kyiv." };

        var accepted = await (await _client.SendAsync(Post(JsonContent.Create(submission)))).Content.ReadFromJsonAsync<ArticleSubmissionEndpoints.Accepted>();
        var article = await WaitForArticleAsync(accepted!.Id);

        article.Title.Should().Be("Vladimir Putin visited Kyiv");
        article.Published.Should().Be("2020-05-01");
        article.Source.Should().Be("Vladimir Putin visited Kyiv.");
        article.Facts.Should().Contain(f => f.Type == "MET").And.NotContain(f => f.Subject.Id == "vladimir-putin" || f.Object.Id == "kyiv");
        var met = article.Facts.First(f => f.Type == "MET");
        met.Evidence.Source.Should().Be("Vladimir Putin visited Kyiv.");
        var evidence = await _client.GetFromJsonAsync<Page<EvidenceView>>($"/api/relations/{met.Subject.Id}/MET/{met.Object.Id}/evidence");
        evidence!.Items.Should().Contain(e => e.Article == accepted.Id && e.Source == "Vladimir Putin visited Kyiv.");
    }

    [Fact]
    public async Task Rejects_an_article_over_the_size_limit()
    {
        var huge = new StringContent(new string('a', 2_100_000), Encoding.UTF8, "text/plain");
        await (await _client.SendAsync(Post(huge))).ShouldBeBadRequestNaming("body");
    }

    private async Task<ArticleDetail> WaitForArticleAsync(string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await _client.GetAsync($"/api/articles/{id}");
            if (response.StatusCode == HttpStatusCode.OK) return (await response.Content.ReadFromJsonAsync<ArticleDetail>())!;
            DateTime.UtcNow.Should().BeBefore(deadline, "the worker should ingest a queued article");
            await Task.Delay(100);
        }
    }
}
