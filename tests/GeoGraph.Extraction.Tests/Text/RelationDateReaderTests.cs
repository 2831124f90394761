using GeoGraph.Extraction.Relations;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Tests.Text;

public sealed class RelationDateReaderTests
{
    private static readonly DateOnly Published = new(2008, 6, 28);

    [Theory]
    [InlineData("Chavez traveled to Moscow in September to receive loans.", false, "2007-09")]
    [InlineData("Putin will travel to Hanoi in September.", true, "2008-09")]
    [InlineData("Sechin arrived in Caracas in March.", false, "2008-03")]
    [InlineData("The deal was signed on 26 September 2008 in Orenburg.", false, "2008-09-26")]
    [InlineData("The companies signed in December 2009.", false, "2009-12")]
    [InlineData("He closed a listening base in Cuba in 2002.", false, "2002")]
    [InlineData("Putin secured deals in India last month.", false, "2008-05")]
    public void Reads_the_stated_date_against_the_publication_date(string sentence, bool planned, string expected) =>
        RelationDateReader.Read(Tokenizer.Tokenize(sentence), Published, planned).Should().Be(expected);

    [Fact]
    public void Leaves_a_month_without_year_unresolved_when_the_article_is_undated() =>
        RelationDateReader.Read(Tokenizer.Tokenize("Chavez traveled to Moscow in September."), null, false).Should().BeNull();
}
