using GeoGraph.Extraction.Model;
using GeoGraph.Graph.Durable;

namespace GeoGraph.Graph.Tests.Durable;

public sealed class ArticleRecordCodecTests
{
    [Fact]
    public void Decodes_every_field_it_encodes()
    {
        var sample = TestArticles.Sample().Article("a1", published: "2008-09-26", source: "https://example.org/a1", text: StoryTexts.Report);
        var relations = sample.Graph.Relations.Select((r, i) => i == 0 ? r with { Items = ["Su-30 fighters", "tanks"], StakePercent = 60.5m, Date = "2008-09", Planned = true } : r);
        var record = sample with { Graph = sample.Graph with { Title = null, Relations = [.. relations] }, Story = "report" };

        var decoded = ArticleRecordCodec.Decode(ArticleRecordCodec.Encode(record));

        decoded.Should().BeEquivalentTo(record, options => options.ComparingByMembers<ArticleRecord>().ComparingByMembers<ArticleGraph>());
        decoded.Fingerprint!.MinHash.Should().Equal(record.Fingerprint!.MinHash);
        decoded.Graph.Relations.Single(r => r.Amount is not null).Amount.Should().Be(record.Graph.Relations.Single(r => r.Amount is not null).Amount);
    }

    [Fact]
    public void Reads_a_record_of_version_2_with_its_source_and_of_version_1_as_articles_without_a_story()
    {
        var record = TestArticles.Sample().Article("a1", published: "2008-09-26", source: "https://example.org/a1");
        // Version 3 ends with the source, then no story and no fingerprint (two false flags); version 2 ended with the
        // source, version 1 before it (no source: one more false flag).
        var current = ArticleRecordCodec.Encode(record);
        var withoutSource = ArticleRecordCodec.Encode(record with { Source = null });
        byte[] version2 = [2, .. current[1..^2]];
        byte[] version1 = [1, .. withoutSource[1..^3]];

        var fromVersion2 = ArticleRecordCodec.Decode(version2);
        var fromVersion1 = ArticleRecordCodec.Decode(version1);

        fromVersion2.Should().BeEquivalentTo(record, options => options.ComparingByMembers<ArticleRecord>().ComparingByMembers<ArticleGraph>());
        (fromVersion2.Story, fromVersion2.Fingerprint).Should().Be((null, null));
        fromVersion1.Should().BeEquivalentTo(record with { Source = null }, options => options.ComparingByMembers<ArticleRecord>().ComparingByMembers<ArticleGraph>());
    }
}
