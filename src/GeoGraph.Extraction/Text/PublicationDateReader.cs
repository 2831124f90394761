using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoGraph.Extraction.Text;

/// <summary>
/// Reads an article's publication date from page furniture: "Page last updated at 11:44 GMT, Friday, 26 September 2008",
/// "Last Updated: Thursday, 28 June 2007, 00:42 GMT", "Latest update : 2010-04-03". A bare numeric stamp with no
/// time of day (". Last Updated: 07/27/2016") is how sites stamp every page, so it is not trusted.
/// </summary>
public static partial class PublicationDateReader
{
    [GeneratedRegex(@"(?:last updated|latest update|updated|published|posted)\b[^\n]{0,40}?\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d{2}", RegexOptions.IgnoreCase)]
    private static partial Regex StampWithMonthName();

    [GeneratedRegex(@"(?:last updated|latest update|updated|published|posted)\s*:?\s*(?:19|20)\d{2}-\d{2}-\d{2}", RegexOptions.IgnoreCase)]
    private static partial Regex StampIso();

    [GeneratedRegex(@"\d{1,2}:\d{2}")]
    private static partial Regex TimeOfDay();

    // The words every stamp starts with, as the patterns list them, for a vectorised search before either pattern runs
    // ("last updated" holds "updated").
    private static readonly SearchValues<string> StampWords =
        SearchValues.Create(["updated", "latest update", "published", "posted"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The date the first stamp in the page's furniture gives, if any.</summary>
    public static DateOnly? Read(string text, List<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.Furniture) continue;
            var line = text.AsSpan(block.Start, block.End - block.Start);
            // Every stamp has a year and says what it stamps: most furniture (navigation, captions) has neither. An ISO date
            // has hyphens, which most stamps, written with the month's name, lack: a vectorised search spares its pattern.
            if (!line.ContainsAnyInRange('0', '9') || !line.ContainsAny(StampWords)) continue;
            if (line.Contains('-') && TryFirstMatch(StampIso(), line, out var iso)
                && DateOnly.TryParseExact(iso[^IsoDateLength..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDate))
                return isoDate;
            if (TryFirstMatch(StampWithMonthName(), line, out var named) && TimeOfDay().IsMatch(line)
                && DateOnly.TryParseExact(DayMonthYear(named), "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
        }
        return null;
    }

    private const int IsoDateLength = 10;

    // Both patterns end with their date: it is cut from the end of the match, with no Match or Group objects made.
    private static bool TryFirstMatch(Regex pattern, ReadOnlySpan<char> line, out ReadOnlySpan<char> match)
    {
        foreach (var found in pattern.EnumerateMatches(line))
        {
            match = line.Slice(found.Index, found.Length);
            return true;
        }
        match = default;
        return false;
    }

    /// <summary>"26 September 2008" from the end of a stamp: the year, the month before it, and the one or two digits (\d, any script) before that.</summary>
    private static ReadOnlySpan<char> DayMonthYear(ReadOnlySpan<char> stamp)
    {
        var monthSpace = stamp[..^" yyyy".Length].LastIndexOf(' ');
        var day = monthSpace;
        while (day > 0 && monthSpace - day < 2 && char.IsDigit(stamp[day - 1])) day--;
        return stamp[day..];
    }
}
