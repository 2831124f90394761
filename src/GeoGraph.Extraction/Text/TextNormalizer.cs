using System.Globalization;
using System.Text;

namespace GeoGraph.Extraction.Text;

/// <summary>
/// NFKC-normalises text and unifies quotes, dashes and spaces, one source character at a time,
/// so that every normalised character can be traced back to its original offset.
/// </summary>
public static class TextNormalizer
{
    public static NormalizedText Normalize(string original)
    {
        var builder = new StringBuilder(original.Length);
        var map = new List<int>(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var length = char.IsHighSurrogate(original[i]) && i + 1 < original.Length ? 2 : 1;
            foreach (var c in Replace(original.AsSpan(i, length)))
            {
                builder.Append(c);
                map.Add(i);
            }
            i += length - 1;
        }
        return new NormalizedText(builder.ToString(), [.. map], original.Length);
    }

    private static string Replace(ReadOnlySpan<char> source)
    {
        if (source.Length == 1)
        {
            var c = source[0];
            if (c < 0x80) return c == '\t' ? " " : c.ToString();
            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`': return "'";
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB': return "\"";
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212': return "-";
                case '\u2014' or '\u2015': return "--";
                case '\u00A0' or '\u2007' or '\u202F' or '\u3000': return " ";
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD': return "";
                case '\u2026': return "...";
            }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator) return " ";
        }
        var text = source.ToString();
        return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
    }
}
