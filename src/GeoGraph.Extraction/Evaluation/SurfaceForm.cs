using System.Text.RegularExpressions;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Evaluation;

/// <summary>How names are compared with an answer key: case, accents, punctuation, a possessive 's and leading titles ignored.</summary>
public static partial class SurfaceForm
{
    [GeneratedRegex("^((mr|mrs|ms|dr|the|former|president|prime minister|deputy prime minister|secretary of state|comandante|energy czar|chairman|chief executive|minister) )+")]
    private static partial Regex LeadingTitles();

    [GeneratedRegex(@"['’]s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();

    public static string Normalize(string name)
    {
        var plain = NonAlphanumeric().Replace(Possessive().Replace(TextFolding.Fold(name), ""), " ").Trim();
        var untitled = LeadingTitles().Replace(plain, "");
        return untitled.Length > 0 ? untitled : plain;
    }
}
