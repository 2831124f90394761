using System.Buffers;
using System.Runtime.InteropServices;
using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Text;

/// <summary>
/// Sorts the lines of a scraped article into prose, the headline and page furniture
/// (navigation, bylines, captions, related links, footers). Nothing is deleted: blocks keep their offsets.
/// </summary>
public sealed class ArticleCleaner(BoilerplateRules rules)
{
    private const int MinProseWords = 6;
    private const int LongLineWords = 25;

    // Ends a line that is a sentence. This and the dated related link (IsRelatedLinkDate) are matched by hand, not by
    // regular expressions: every line is asked them, and a regular expression caches one matcher for all threads, so two
    // extracting at once keep taking it from each other or building another (two cores: 2.6% slower).
    private static readonly SearchValues<char> TerminalPunctuation = SearchValues.Create(".!?\"')");

    /// <summary>The text's blocks, in order.</summary>
    public List<TextBlock> Classify(string text)
    {
        var blocks = new List<TextBlock>();
        Classify(text, blocks);
        return blocks;
    }

    /// <summary>Adds the text's blocks, in order, to <paramref name="blocks"/>.</summary>
    public void Classify(string text, List<TextBlock> blocks)
    {
        var lines = SplitLines(text);
        var kinds = ScratchLists<BlockKind>.Rent();
        CollectionsMarshal.SetCount(kinds, lines.Count);
        // A lent list may hold an earlier article's kinds past its count: these start cleared, as a new array's would.
        CollectionsMarshal.AsSpan(kinds).Clear();
        var inFooter = false;
        var seenProse = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = Trimmed(text, lines[i]);
            if (line.Length == 0 || inFooter) { kinds[i] = BlockKind.Furniture; continue; }
            if (seenProse && rules.FooterStartsWith.StartsAny(line))
            {
                inFooter = true;
                kinds[i] = BlockKind.Furniture;
                continue;
            }
            if (IsRelatedLinkDate(line))
            {
                kinds[i] = BlockKind.Furniture;
                if (i > 0) kinds[i - 1] = BlockKind.Furniture;
                continue;
            }
            kinds[i] = Judge(line, seenProse);
            seenProse |= kinds[i] == BlockKind.Prose;
        }
        ChooseTitle(text, lines, kinds);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].End > lines[i].Start) blocks.Add(new TextBlock(lines[i].Start, lines[i].End, kinds[i]));
        }
    }

    private BlockKind Judge(ReadOnlySpan<char> line, bool seenProse)
    {
        if (rules.LineStartsWith.StartsAny(line) || rules.CaptionStartsWith.StartsAny(line) || IsNavigation(line))
            return BlockKind.Furniture;
        // Past LongLineWords, more words change nothing below.
        var words = WordCount(line, LongLineWords);
        var isSentence = words >= MinProseWords && TerminalPunctuation.Contains(line[^1]);
        if (isSentence || words >= LongLineWords) return BlockKind.Prose;
        var looksLikeHeadline = words is >= 3 and <= 16 && char.IsUpper(FirstLetter(line))
            && !line.StartsWith("By ", StringComparison.Ordinal);
        return !seenProse && looksLikeHeadline ? BlockKind.Title : BlockKind.Furniture;
    }

    /// <summary>
    /// Of the headline-like lines before the first paragraph (a site's name, the headline, captions), the headline is
    /// the one sharing most words with that paragraph, the first on a tie; the others are furniture.
    /// </summary>
    private static void ChooseTitle(string text, List<(int Start, int End)> lines, List<BlockKind> kinds)
    {
        // Most pages have one headline-like line at most: the candidates are listed only when there are more.
        var titles = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] == BlockKind.Title) titles++;
        }
        if (titles > 1) KeepBestTitle(text, lines, kinds);
    }

    private static void KeepBestTitle(string text, List<(int Start, int End)> lines, List<BlockKind> kinds)
    {
        var candidates = Enumerable.Range(0, lines.Count).Where(i => kinds[i] == BlockKind.Title).ToList();
        var firstProse = kinds.IndexOf(BlockKind.Prose);
        var lead = firstProse < 0 ? [] : Words(text[lines[firstProse].Start..lines[firstProse].End]);
        var best = candidates.MaxBy(i => (Words(text[lines[i].Start..lines[i].End]).Count(lead.Contains), -i));
        foreach (var i in candidates.Where(i => i != best)) kinds[i] = BlockKind.Furniture;
    }

    private static HashSet<string> Words(string line) =>
        [.. line.Split([' ', ',', '.', ':', ';', '"', '\'', '!', '?', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3).Select(TextFolding.Fold)];

    private static readonly SearchValues<char> MenuSeparators = SearchValues.Create("|•·»");

    /// <summary>"Home | World | Business": menu items between separators (two at least).</summary>
    private static bool IsNavigation(ReadOnlySpan<char> line) =>
        line.IndexOfAny(MenuSeparators) is var first and >= 0 && line[(first + 1)..].ContainsAny(MenuSeparators);

    /// <summary>The words of the line, separated by spaces, counted up to <paramref name="limit"/>.</summary>
    private static int WordCount(ReadOnlySpan<char> line, int limit)
    {
        var words = 0;
        for (var i = 0; i < line.Length && words < limit; i++)
        {
            if (line[i] != ' ' && (i == 0 || line[i - 1] == ' ')) words++;
        }
        return words;
    }

    private static char FirstLetter(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c)) return c;
        }
        return default;
    }

    /// <summary>"12 March 2008 | Iran signs …": a dated related link (1–2 digits, 3–9 letters, 2–4 digits, then a bar).</summary>
    private static bool IsRelatedLinkDate(ReadOnlySpan<char> line)
    {
        var at = 0;
        return Run(line, ref at, char.IsDigit, 1, 2) && Next(line, ref at, ' ')
            && Run(line, ref at, char.IsLetter, 3, 9) && Next(line, ref at, ' ')
            && Run(line, ref at, char.IsDigit, 2, 4) && line[at..].TrimStart().StartsWith('|');

        static bool Run(ReadOnlySpan<char> line, ref int at, Func<char, bool> of, int fewest, int most)
        {
            var start = at;
            while (at < line.Length && of(line[at])) at++;
            return at - start >= fewest && at - start <= most;
        }

        static bool Next(ReadOnlySpan<char> line, ref int at, char expected) => at < line.Length && line[at++] == expected;
    }

    private static ReadOnlySpan<char> Trimmed(string text, (int Start, int End) line) =>
        text.AsSpan(line.Start, line.End - line.Start).Trim().TrimStart(". |-*");

    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = ScratchLists<(int, int)>.Rent();
        var start = 0;
        while (text.AsSpan(start).IndexOfAny('\n', '\r') is var length and >= 0)
        {
            lines.Add((start, start + length));
            start += length + 1;
        }
        lines.Add((start, text.Length));
        return lines;
    }
}
