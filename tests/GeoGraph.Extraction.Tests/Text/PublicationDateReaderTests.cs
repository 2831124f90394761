using GeoGraph.Extraction;

namespace GeoGraph.Extraction.Tests.Text;

public sealed class PublicationDateReaderTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Theory]
    [InlineData("Page last updated at 11:44 GMT, Friday, 26 September 2008 12:44 UK", "2008-09-26")]
    [InlineData("Last Updated: Thursday, 28 June 2007, 00:42 GMT 01:42 UK", "2007-06-28")]
    [InlineData("Latest update : 2010-04-03", "2010-04-03")]
    [InlineData("Published: 14:05 BST, 3 March 2011", "2011-03-03")]
    [InlineData("Updated: 12 May 2015 09:30 GMT", "2015-05-12")]
    [InlineData("Last Updated: Tuesday, 5 June 2007, 00:42 GMT", "2007-06-05")]
    public void Reads_the_date_from_page_furniture(string stamp, string expected)
    {
        var graph = Extractor.Extract("a.txt", $"{stamp}\nOfficials said the two countries signed several agreements on energy.");
        graph.Published.Should().Be(DateOnly.Parse(expected));
    }

    [Fact]
    public void Ignores_a_bare_site_wide_stamp()
    {
        var graph = Extractor.Extract("a.txt", ". Last Updated: 07/27/2016\nOfficials said the two countries signed several agreements on energy.");
        graph.Published.Should().BeNull();
    }
}
