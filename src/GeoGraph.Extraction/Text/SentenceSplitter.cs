using System.Collections.Frozen;

namespace GeoGraph.Extraction.Text;

/// <summary>Splits a block's tokens into sentences at ., ! and ?, except after abbreviations and initials.</summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "jr", "sr", "vs", "no",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "co", "corp", "inc", "ltd",
        "prof", "pres", "adm", "maj", "messrs", "mt", "ft", "approx", "est", "dept", "univ",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> ClosingMarks = new[] { "\"", "'", ")", "]" }.ToFrozenSet();

    /// <summary>Longer runs without a full stop (tables, lists, a page on one line) are cut, so every rule sees bounded input.</summary>
    public const int MaxSentenceTokens = 160;

    /// <summary>Where the sentence that begins at <paramref name="start"/> ends: the index after its last token.</summary>
    public static int EndOfSentence(List<Token> tokens, int start)
    {
        for (var i = start; i < tokens.Count; i++)
        {
            if (i + 1 - start >= MaxSentenceTokens) return i + 1;
            if (!IsTerminator(tokens, i)) continue;
            while (i + 1 < tokens.Count && ClosingMarks.Contains(tokens[i + 1].Text)) i++;
            if (i + 1 < tokens.Count && !StartsSentence(tokens[i + 1])) continue;
            return i + 1;
        }
        return tokens.Count;
    }

    private static bool IsTerminator(List<Token> tokens, int i)
    {
        // Most tokens are words, which end nothing: told by the token's shape, without reading its text.
        if (tokens[i].IsWord) return false;
        var text = tokens[i].Text;
        if (text is "!" or "?") return true;
        if (text is not ("." or "...")) return false;
        if (i == 0) return false;
        var previous = tokens[i - 1];
        var isInitial = previous.Text.Length == 1 && char.IsUpper(previous.Text[0]);
        return !isInitial && !Abbreviations.Contains(previous.Folded);
    }

    private static bool StartsSentence(Token next) =>
        next.IsCapitalized || next.StartsWithDigit || next.Text is "\"" or "'" or "(" or "¡" or "¿";
}
