namespace GeoGraph.Extraction.Text;

/// <summary>Where a word stands first in its sentence or quotation, and so is capitalised whatever it is.</summary>
public static class SentenceStarts
{
    public static bool IsAt(List<Token> tokens, int index) =>
        index == 0 || tokens[index - 1].Text is "\"" or "'" or "(" or ":" or "-" or "--" or "—" or "–" or ".";
}
