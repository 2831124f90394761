namespace GeoGraph.Extraction.Text;

public enum BlockKind
{
    Prose,
    Title,
    Furniture,
}

/// <summary>A line of the normalised text and what the cleaner judged it to be.</summary>
public readonly record struct TextBlock(int Start, int End, BlockKind Kind);
