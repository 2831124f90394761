using GeoGraph.Extraction.Model;
using GeoGraph.Graph.Durable;

namespace GeoGraph.Graph.Tests.Durable;

public sealed class ArticleRecordCodecTests
{
    [Fact]
    public void Decodes_every_field_it_encodes()
    {
        var sample = TestArticles.Sample().Article("a1", published: "2008-09-26", source: "https://example.org/a1");
        var relations = sample.Graph.Relations.Select((r, i) => i == 0 ? r with { Items = ["Su-30 fighters", "tanks"], StakePercent = 60.5m, Date = "2008-09", Planned = true } : r);
        var record = sample with { Graph = sample.Graph with { Title = null, Relations = [.. relations] } };

        var decoded = ArticleRecordCodec.Decode(ArticleRecordCodec.Encode(record));

        decoded.Should().BeEquivalentTo(record, options => options.ComparingByMembers<ArticleRecord>().ComparingByMembers<ArticleGraph>());
        decoded.Graph.Relations.Single(r => r.Amount is not null).Amount.Should().Be(record.Graph.Relations.Single(r => r.Amount is not null).Amount);
    }
}
