namespace GeoGraph.Extraction.Text;

/// <summary>A run of tokens written out as one string, one space between tokens: "chief executive", "Rio Tinto".</summary>
public static class TokenText
{
    /// <summary>The folded forms of tokens [start, end); a single token's is that token's own string, not a copy.</summary>
    public static string Folded(List<Token> tokens, int start, int end) =>
        end - start == 1 ? tokens[start].Folded : Join(tokens, start, end, folded: true);

    /// <summary>Tokens [start, end) as the text has them.</summary>
    public static string Written(List<Token> tokens, int start, int end) =>
        end - start == 1 ? tokens[start].Text : Join(tokens, start, end, folded: false);

    private static string Join(List<Token> tokens, int start, int end, bool folded)
    {
        if (end <= start) return "";
        var length = end - start - 1;
        for (var i = start; i < end; i++) length += Form(tokens[i], folded).Length;
        return string.Create(length, (tokens, start, end, folded), static (text, run) =>
        {
            var at = 0;
            for (var i = run.start; i < run.end; i++)
            {
                if (i > run.start) text[at++] = ' ';
                var form = Form(run.tokens[i], run.folded);
                form.CopyTo(text[at..]);
                at += form.Length;
            }
        });
    }

    private static string Form(Token token, bool folded) => folded ? token.Folded : token.Text;
}
