using System.Text.RegularExpressions;

namespace GeoGraph.Extraction.Text;

/// <summary>Splits text into tokens: abbreviations (U.S.), money ($4), numbers, words (S-300, PDVSA-Services), 's, n't, punctuation.</summary>
public static partial class Tokenizer
{
    [GeneratedRegex("""
        (?:\p{Lu}\.){2,}
        |[$€£¥]\d[\d,]*(?:\.\d+)?
        |\d[\d,]*(?:\.\d+)?%?
        |n't\b
        |\p{L}+(?=n't\b)
        |'s\b
        |\p{L}[\p{L}\p{M}\d]*(?:[-.&][\p{L}\d][\p{L}\p{M}\d]*)*
        |-{2,}|\.{3}
        |\S
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<Token>();
        var match = TokenPattern().Match(text, start, end - start);
        while (match.Success)
        {
            tokens.Add(new Token(match.Value, TextFolding.Fold(match.Value), match.Index, match.Index + match.Length));
            match = match.NextMatch();
        }
        return tokens;
    }

    /// <summary>The folded tokens of a phrase, the form lexicon keys are stored in.</summary>
    public static string[] FoldedWords(string phrase) => [.. Tokenize(phrase).Select(t => t.Folded)];
}
