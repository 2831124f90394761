namespace GeoGraph.Extraction.Model;

/// <summary>A half-open character range [Start, End) in the original article text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
