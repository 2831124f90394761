namespace GeoGraph.Extraction.Text;

/// <summary>A word, number or punctuation mark, with its range in the normalised text.</summary>
/// <param name="Text">The token exactly as the text has it, so that it ends <see cref="Text"/>'s length after <see cref="Start"/>.</param>
/// <param name="Id">The folded form's number (<see cref="WordIds"/>), by which the lexicon looks the token up.</param>
public readonly record struct Token(string Text, string Folded, int Start, int Id)
{
    public int End => Start + Text.Length;

    public bool IsCapitalized => char.IsUpper(Text[0]);

    public bool IsWord => char.IsLetter(Text[0]);

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

    /// <summary>A number, or a sum written with its currency sign ("$4", "€1.5").</summary>
    public bool IsQuantity => char.IsDigit(Text[0]) || IsSum;

    /// <summary>"$4bn", "£146m": the tokenizer keeps a currency sign with its number.</summary>
    public bool IsSum => Text.Length > 1 && Text[0] is '$' or '€' or '£' or '¥';
}
