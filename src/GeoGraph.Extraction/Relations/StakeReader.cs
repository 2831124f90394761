using System.Globalization;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Relations;

/// <summary>Reads a stated share: "a 60 per cent stake", "a 40 percent stake", "a 66.7% interest".</summary>
public static class StakeReader
{
    private static readonly HashSet<string> ShareNouns = ["stake", "stakes", "share", "interest", "holding"];

    public static decimal? Read(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // Only a number token can parse: words, signs and points are tokens of their own.
            if (!char.IsAsciiDigit(tokens[i].Text[0])) continue;
            var text = tokens[i].Text.TrimEnd('%');
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value is <= 0 or > 100) continue;
            var next = i + 1;
            if (!tokens[i].Text.EndsWith('%'))
            {
                if (next + 1 < tokens.Count && tokens[next].Folded == "per" && tokens[next + 1].Folded == "cent") next += 2;
                else if (next < tokens.Count && tokens[next].Folded is "percent" or "pct") next++;
                else continue;
            }
            if (next < tokens.Count && ShareNouns.Contains(tokens[next].Folded)) return value;
        }
        return null;
    }
}
