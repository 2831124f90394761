using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Model;

/// <summary>Entity ids are stable slugs of canonical names: "Vladimir Putin" → "vladimir-putin", "Junín 6" → "junin-6".</summary>
public static class EntityIds
{
    private const int LongestNameOnStack = 256;

    public static string Slug(string name)
    {
        var folded = TextFolding.Fold(name);
        var slug = folded.Length <= LongestNameOnStack ? stackalloc char[folded.Length] : new char[folded.Length];
        var length = 0;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c)) slug[length++] = c;
            else if (length > 0 && slug[length - 1] != '-') slug[length++] = '-';
        }
        if (length > 0 && slug[length - 1] == '-') length--;
        // A name whose folded form is already a slug ("Rosneft", "rosneft") comes back as that form, not a copy.
        return slug[..length].SequenceEqual(folded) ? folded : new string(slug[..length]);
    }
}
