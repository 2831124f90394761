using System.Globalization;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Relations;

/// <summary>
/// The date a sentence gives its event: "on 26 September 2008", "in September 2008", "in 2002", or "in September",
/// "last month", "next year" resolved against the article's publication date — to the latest such date on or before
/// it for a past event, the first on or after it for a planned one. Without a publication date those stay unknown.
/// </summary>
public static class RelationDateReader
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12]
        .Select(m => m.ToLowerInvariant()).ToArray();

    // The months' word numbers (January first), and the same as bits: every token is asked whether it is a month.
    private static readonly int[] Months = MonthNames.Select(WordIds.Intern).ToArray();
    private static readonly WordBits MonthWords = WordBits.Of(MonthNames);

    // The first words of the dates read against publication ("last month", "next year"), asked of every token likewise.
    private static readonly WordBits RelativeFirstWords = WordBits.Of("last", "next", "this");

    public static string? Read(List<Token> tokens, DateOnly? published, bool planned)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var month = MonthOf(tokens[i]);
            if (month > 0)
            {
                var day = i > 0 && int.TryParse(tokens[i - 1].Text, out var d) && d is >= 1 and <= 31 ? d : (int?)null;
                if (Year(tokens, i + 1) is { } year)
                    return day is { } dd && dd <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, dd).ToString("yyyy-MM-dd") : $"{year:D4}-{month:D2}";
                if (i > 0 && tokens[i - 1].Folded is "in" or "since" or "until" or "by" or "from" or "early" or "late" or "mid" && published is { } date)
                    return Resolve(date, month, planned);
            }
            if (tokens[i].Folded is "in" or "since" && Year(tokens, i + 1) is { } bare) return $"{bare:D4}";
            if (published is { } p && i + 1 < tokens.Count && MayBe(RelativeFirstWords, tokens[i])
                && Relative(tokens[i].Folded, tokens[i + 1].Folded, p) is { } relative) return relative;
        }
        return null;
    }

    /// <summary>
    /// 1 to 12, or 0. The months are numbered when this class loads, so a month's token always has its number; a token
    /// without one (its word never numbered, past the tokenizer's caches' bound) is compared by its string all the same.
    /// </summary>
    private static int MonthOf(Token token) =>
        token.Id == WordIds.None ? Array.IndexOf(MonthNames, token.Folded) + 1
        : MonthWords.Contains(token.Id) ? Array.IndexOf(Months, token.Id) + 1
        : 0;

    /// <summary>Whether the token may be one of the words: it is, or it has no number to tell (see <see cref="MonthOf"/>).</summary>
    private static bool MayBe(WordBits words, Token token) => token.Id == WordIds.None || words.Contains(token.Id);

    private static int? Year(List<Token> tokens, int at) =>
        at < tokens.Count && tokens[at].Text.Length == 4 && int.TryParse(tokens[at].Text, out var year) && year is >= 1900 and <= 2100 ? year : null;

    private static string Resolve(DateOnly published, int month, bool planned)
    {
        var year = planned ? (month >= published.Month ? published.Year : published.Year + 1)
                           : (month <= published.Month ? published.Year : published.Year - 1);
        return $"{year:D4}-{month:D2}";
    }

    private static string? Relative(string first, string second, DateOnly published) => (first, second) switch
    {
        ("last", "month") => published.AddMonths(-1).ToString("yyyy-MM"),
        ("next", "month") => published.AddMonths(1).ToString("yyyy-MM"),
        ("this", "month") => published.ToString("yyyy-MM"),
        ("last", "year") => $"{published.Year - 1:D4}",
        ("next", "year") => $"{published.Year + 1:D4}",
        ("this", "year") => $"{published.Year:D4}",
        _ => null,
    };
}
