using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GeoGraph.Ingestion.Files;

/// <summary>
/// The readable text of an HTML page (AngleSharp): scripts, styles, navigation, headers, footers and asides dropped,
/// one line per block element, so the article cleaner sees the same shape as a plain-text scrape.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Dropped = ["SCRIPT", "STYLE", "NOSCRIPT", "NAV", "HEADER", "FOOTER", "ASIDE", "FORM", "IFRAME", "SVG", "TEMPLATE"];
    private static readonly HashSet<string> Blocks =
    [
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "TR", "BR", "ARTICLE", "SECTION", "BLOCKQUOTE", "FIGCAPTION",
        "TITLE", "DD", "DT", "TABLE", "UL", "OL", "MAIN", "PRE",
    ];

    public static bool LooksLikeHtml(string path, string text)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)) return true;
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    public static string Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        if (document.Title is { Length: > 0 } title) text.Append(title.Trim()).Append('\n');
        if (document.Body is { } body) Append(body, text);
        return string.Join('\n', text.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
            {
                text.Append(textNode.Data.Replace('\n', ' '));
                continue;
            }
            if (child is not IElement element || Dropped.Contains(element.TagName)) continue;
            var isBlock = Blocks.Contains(element.TagName);
            if (isBlock) text.Append('\n');
            Append(element, text);
            if (isBlock) text.Append('\n');
        }
    }
}
