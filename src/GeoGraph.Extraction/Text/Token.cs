namespace GeoGraph.Extraction.Text;

/// <summary>A word, number or punctuation mark, with its range in the normalised text.</summary>
/// <param name="Text">The token exactly as the text has it, so that it ends <see cref="Text"/>'s length after <see cref="Start"/>.</param>
/// <param name="Id">The folded form's number (<see cref="WordIds"/>), by which the lexicon looks the token up.</param>
public readonly record struct Token(string Text, string Folded, int Start, int Id)
{
    // Read only, so that no copy made with a different text keeps the shape of this one.
    public string Text { get; } = Text;

    // What its first character is, read once: every reader asks of every token, and reading it from the string each time
    // went out to the string's memory again and again.
    private readonly Shape _shape = ShapeOf(Text);

    [Flags]
    private enum Shape : byte
    {
        None = 0,
        Letter = 1,
        Capital = 2,
        Digit = 4,
        Sum = 8,
    }

    public int End => Start + Text.Length;

    public bool IsCapitalized => (_shape & Shape.Capital) != 0;

    public bool IsWord => (_shape & Shape.Letter) != 0;

    public bool IsAllCaps
    {
        get
        {
            if (Text.Length < 2) return false;
            foreach (var c in Text)
            {
                if (char.IsLetter(c) && !char.IsUpper(c)) return false;
            }
            return true;
        }
    }

    /// <summary>Whether the token begins with a digit (of any script), as a number does.</summary>
    public bool StartsWithDigit => (_shape & Shape.Digit) != 0;

    /// <summary>A number, or a sum written with its currency sign ("$4", "€1.5").</summary>
    public bool IsQuantity => (_shape & (Shape.Digit | Shape.Sum)) != 0;

    /// <summary>"$4bn", "£146m": the tokenizer keeps a currency sign with its number.</summary>
    public bool IsSum => (_shape & Shape.Sum) != 0;

    private static Shape ShapeOf(string text)
    {
        var first = text[0];
        return (char.IsLetter(first) ? Shape.Letter : Shape.None) | (char.IsUpper(first) ? Shape.Capital : Shape.None)
            | (char.IsDigit(first) ? Shape.Digit : Shape.None) | (text.Length > 1 && first is '$' or '€' or '£' or '¥' ? Shape.Sum : Shape.None);
    }
}
