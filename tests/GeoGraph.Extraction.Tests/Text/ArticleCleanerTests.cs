using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Tests.Text;

public sealed class ArticleCleanerTests
{
    private static readonly ArticleCleaner Cleaner = new(KnowledgeBase.Default.Boilerplate);

    private static List<(string Line, BlockKind Kind)> Classify(string text) =>
        [.. Cleaner.Classify(text).Select(b => (text[b.Start..b.End].Trim(), b.Kind))];

    [Fact]
    public void Keeps_prose_and_the_headline_and_sets_page_furniture_aside()
    {
        const string page = """
            BBC News
            Last Updated: Monday, 3 March 2008, 10:12 GMT
            Brazil and China sign oil deal
            By Ana Souza
            Brazil and China signed an oil deal worth $10 billion on Monday, officials said.
            Print Sponsor
            China profile
            01 Mar 08 | Asia
            The BBC is not responsible for the content of external internet sites
            """;
        var blocks = Classify(page);
        blocks.Where(b => b.Kind == BlockKind.Prose).Select(b => b.Line).Should().Equal("Brazil and China signed an oil deal worth $10 billion on Monday, officials said.");
        blocks.Where(b => b.Kind == BlockKind.Title).Select(b => b.Line).Should().Equal("Brazil and China sign oil deal");
    }

    [Fact]
    public void Sets_aside_everything_after_a_footer_marker()
    {
        var blocks = Classify("Officials said the two countries signed several agreements.\nRelated stories\nRussia signs deal with Iran over the Bushehr reactor today.");
        blocks.Count(b => b.Kind == BlockKind.Prose).Should().Be(1);
    }

    [Fact]
    public void Sets_aside_photo_captions()
    {
        Classify("Photo credit: Vladimir Putin arrives in Hanoi for talks with Vietnam's leaders, 2013.").Single().Kind.Should().Be(BlockKind.Furniture);
    }

    [Fact]
    public void Takes_as_headline_the_line_that_shares_most_words_with_the_first_paragraph()
    {
        var blocks = Classify("NEWS 24 - International News 24/7\nChavez signs nuclear deal with Russia\nVenezuelan President Hugo Chavez signed a nuclear deal with Russia on Friday, officials said.");
        blocks.Single(b => b.Kind == BlockKind.Title).Line.Should().Be("Chavez signs nuclear deal with Russia");
    }

    [Theory]
    [InlineData("01 Mar 08 | Asia", BlockKind.Furniture)]
    [InlineData("7 September 2008  | Americas", BlockKind.Furniture)]
    [InlineData("123 Mar 08 | Asia", BlockKind.Prose)]
    [InlineData("01 Ma 08 | Asia", BlockKind.Prose)]
    [InlineData("01 Septembers 08 | Asia", BlockKind.Prose)]
    [InlineData("01 Mar 20081 | Asia", BlockKind.Prose)]
    [InlineData("01 Mar 08 Asia", BlockKind.Prose)]
    public void A_dated_related_link_sets_aside_itself_and_the_line_before_it(string dateLine, BlockKind lineBefore)
    {
        var blocks = Classify($"Russia signed a deal with Venezuela to explore the Orinoco belt on Monday, officials said.\n{dateLine}");

        blocks[0].Kind.Should().Be(lineBefore);
    }
}
