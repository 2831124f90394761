using System.Buffers;
using System.Globalization;
using System.Text;

namespace GeoGraph.Extraction.Text;

/// <summary>
/// NFKC-normalises text and unifies quotes, dashes and spaces, one source character at a time,
/// so that every normalised character can be traced back to its original offset.
/// </summary>
public static class TextNormalizer
{
    private static readonly SearchValues<char> AsciiButTab = SearchValues.Create([.. Enumerable.Range(0, 0x80).Select(c => (char)c).Where(c => c != '\t')]);

    public static NormalizedText Normalize(string original)
    {
        // Text that normalisation leaves as it is (plain ASCII, letters with their accents composed) is its own normal form,
        // and every offset maps to itself: most articles, which then cost one scan and no copy.
        var first = FirstChange(original);
        if (first < 0) return new NormalizedText(original, null, original.Length);

        var value = new char[original.Length + 16];
        var map = new int[value.Length];
        original.CopyTo(0, value, 0, first);
        for (var i = 0; i < first; i++) map[i] = i;
        var count = first;
        for (var i = first; i < original.Length; i++)
        {
            var c = original[i];
            if (c < 0x80)
            {
                Append(ref value, ref map, ref count, c == '\t' ? ' ' : c, i);
                continue;
            }
            var length = CharacterLength(original, i);
            foreach (var replaced in Replace(original.AsSpan(i, length))) Append(ref value, ref map, ref count, replaced, i);
            i += length - 1;
        }
        return new NormalizedText(new string(value, 0, count), map, original.Length);
    }

    /// <summary>Where normalising first changes the text, or -1 if it changes nothing.</summary>
    private static int FirstChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOfAnyExcept(AsciiButTab);
            if (next < 0) return -1;
            i += next;
            // A tab, and a surrogate pair, whose halves the per-character path maps to the pair's start, are changes.
            if (text[i] == '\t' || char.IsSurrogate(text[i])) return i;
            var length = CharacterLength(text, i);
            var source = text.AsSpan(i, length);
            if (length == 1 && Punctuation(source[0]) is not null || !source.IsNormalized(NormalizationForm.FormKC)) return i;
            i += length - 1;
        }
        return -1;
    }

    private static int CharacterLength(string text, int i) => char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;

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
        if (source.Length == 1 && Punctuation(source[0]) is { } unified) return unified;
        var text = source.ToString();
        return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
    }

    /// <summary>The quote, dash or space a typographic one is written as, or null for any other character.</summary>
    private static string? Punctuation(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' => "'",
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => "\"",
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' => "-",
        '\u2014' or '\u2015' => "--",
        '\u00A0' or '\u2007' or '\u202F' or '\u3000' => " ",
        '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' => "",
        '\u2026' => "...",
        _ when CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator => " ",
        _ => null,
    };
}
