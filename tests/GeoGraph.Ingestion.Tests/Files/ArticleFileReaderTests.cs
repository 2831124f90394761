using System.Text;
using GeoGraph.Ingestion.Files;

namespace GeoGraph.Ingestion.Tests.Files;

public sealed class ArticleFileReaderTests
{
    [Fact]
    public void Reads_utf8_with_or_without_a_byte_order_mark()
    {
        var plain = ArticleFileReader.Decode("a.txt", Encoding.UTF8.GetBytes("Chávez spoke."));
        var marked = ArticleFileReader.Decode("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Chávez spoke.")]);
        plain.Text.Should().Be("Chávez spoke.");
        marked.Text.Should().Be("Chávez spoke.");
    }

    [Fact]
    public void Reads_utf16_with_a_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Putin arrived.")).ToArray();
        ArticleFileReader.Decode("a.txt", bytes).Text.Should().Be("Putin arrived.");
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x00, 0x01 }, "binary")]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x01, 0x02, 0x6F, 0x6B }, "not valid UTF-8")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "empty")]
    public void Refuses_binary_undecodable_and_empty_files_with_a_reason(byte[] bytes, string reason)
    {
        var read = () => ArticleFileReader.Decode("bad.txt", bytes);
        read.Should().Throw<UnreadableArticleException>().Which.Reason.Should().Contain(reason);
    }

    [Fact]
    public void Hashes_the_content_so_equal_bytes_have_equal_hashes()
    {
        var a = ArticleFileReader.Decode("a.txt", Encoding.UTF8.GetBytes("Same text."));
        var b = ArticleFileReader.Decode("b.txt", Encoding.UTF8.GetBytes("Same text."));
        a.ContentHash.Should().Be(b.ContentHash).And.HaveLength(64);
    }

    [Fact]
    public void Names_a_missing_path_when_expanding()
    {
        var expand = () => ArticleFileReader.Expand(["/no/such/folder"]).ToList();
        expand.Should().Throw<FileNotFoundException>().WithMessage("*/no/such/folder*");
    }

    [Fact]
    public void Reads_windows_1252_text_that_is_not_utf8()
    {
        ArticleFileReader.Decode("a.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94]).Text.Should().Be("Caf\u00e9 \u201cok\u201d");
    }

    [Fact]
    public void Reduces_an_html_page_to_its_text()
    {
        var page = ArticleFileReader.Decode("p.html", Encoding.UTF8.GetBytes("<html><head><title>T</title><style>p{}</style></head><body><p>One.</p><p>Two <b>bold</b>.</p></body></html>"));
        page.Text.Should().Be("T\nOne.\nTwo bold.");
    }

    [Fact]
    public void Reads_a_files_name_and_text_alone_as_the_full_read_does()
    {
        var folder = Directory.CreateTempSubdirectory("geograph-reader-");
        try
        {
            var page = Path.Combine(folder.FullName, "p.html");
            File.WriteAllText(page, "<html><body><p>Putin met Chávez.</p></body></html>");
            var (full, _) = ArticleFileReader.TryRead(page);
            var (text, error) = ArticleFileReader.TryReadText(page);
            error.Should().BeNull();
            text.Should().Be(new ArticleText(full!.Name, full.Text));
            text!.Value.Text.Should().Be("Putin met Chávez.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Gives_the_reason_a_file_cannot_be_read_alone()
    {
        var (text, error) = ArticleFileReader.TryReadText("/no/such/file.txt");
        text.Should().BeNull();
        error.Should().Contain("/no/such/file.txt");
    }
}
