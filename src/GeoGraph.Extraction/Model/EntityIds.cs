using System.Text;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Model;

/// <summary>Entity ids are stable slugs of canonical names: "Vladimir Putin" → "vladimir-putin", "Junín 6" → "junin-6".</summary>
public static class EntityIds
{
    public static string Slug(string name)
    {
        var folded = TextFolding.Fold(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().TrimEnd('-');
    }
}
