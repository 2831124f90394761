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
        // Plain ASCII without tabs is already normal, and every offset maps to itself.
        if (!original.AsSpan().ContainsAnyExceptInRange('\0', '\x7F') && !original.Contains('\t'))
            return new NormalizedText(original, null, original.Length);

        var value = new char[original.Length + 16];
        var map = new int[value.Length];
        var count = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c < 0x80)
            {
                Append(ref value, ref map, ref count, c == '\t' ? ' ' : c, i);
                continue;
            }
            var length = char.IsHighSurrogate(c) && i + 1 < original.Length ? 2 : 1;
            foreach (var replaced in Replace(original.AsSpan(i, length))) Append(ref value, ref map, ref count, replaced, i);
            i += length - 1;
        }
        return new NormalizedText(new string(value, 0, count), map, original.Length);
    }

    private static void Append(ref char[] value, ref int[] map, ref int count, char c, int source)
    {
        if (count == value.Length)
        {
            Array.Resize(ref value, value.Length * 2);
            Array.Resize(ref map, value.Length);
        }
        value[count] = c;
        map[count++] = source;
    }

    private static string Replace(ReadOnlySpan<char> source)
    {
        if (source.Length == 1)
        {
            switch (source[0])
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4': return "'";
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB': return "\"";
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212': return "-";
                case '\u2014' or '\u2015': return "--";
                case '\u00A0' or '\u2007' or '\u202F' or '\u3000': return " ";
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD': return "";
                case '\u2026': return "...";
            }
            if (CharUnicodeInfo.GetUnicodeCategory(source[0]) == UnicodeCategory.SpaceSeparator) return " ";
        }
        var text = source.ToString();
        return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
    }
}
