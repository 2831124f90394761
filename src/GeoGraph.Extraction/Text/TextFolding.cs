using System.Globalization;
using System.Text;

namespace GeoGraph.Extraction.Text;

/// <summary>The form words are compared in: lower case, accents removed ("Chávez" → "chavez").</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var allAscii = true;
        foreach (var c in text)
        {
            if (c >= 0x80) { allAscii = false; break; }
        }
        if (allAscii) return text.ToLowerInvariant();

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
