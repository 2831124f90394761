namespace GeoGraph.Extraction.Text;

/// <summary>A word, number or punctuation mark, with its range in the normalised text.</summary>
public sealed record Token(string Text, string Folded, int Start, int End)
{
    public bool IsCapitalized => char.IsUpper(Text[0]);

    public bool IsWord => char.IsLetter(Text[0]);

    public bool IsAllCaps => Text.Length > 1 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
