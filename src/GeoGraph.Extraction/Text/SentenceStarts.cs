namespace GeoGraph.Extraction.Text;

/// <summary>Where a word stands first in its sentence or quotation, and so is capitalised whatever it is.</summary>
public static class SentenceStarts
{
    // After a word, told by its shape, no word starts anything: the text of the token before is read only after punctuation.
    public static bool IsAt(List<Token> tokens, int index) =>
        index == 0 || !tokens[index - 1].IsWord && tokens[index - 1].Text is "\"" or "'" or "(" or ":" or "-" or "--" or "—" or "–" or ".";
}
