namespace GeoGraph.Extraction.Syntax;

/// <summary>The forms of "be", "have" and "do", which build verb groups rather than carry meaning.</summary>
internal static class Auxiliaries
{
    public static bool IsBe(string word) => word is "be" or "is" or "are" or "was" or "were" or "been" or "being" or "am" or "'s" or "'re";

    public static bool IsHave(string word) => word is "have" or "has" or "had" or "having" or "'ve";

    public static bool IsDo(string word) => word is "do" or "does" or "did";
}
