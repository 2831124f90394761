using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Text;

/// <summary>One sentence of article content, as tokens of the normalised text.</summary>
public sealed record Sentence(int Index, List<Token> Tokens, bool IsTitle)
{
    public int Start => Tokens[0].Start;

    public int End => Tokens[^1].End;

    public Evidence ToEvidence(NormalizedText text, string original)
    {
        var span = text.ToOriginal(Start, End);
        return new Evidence(original[span.Start..span.End], span);
    }
}
