namespace GeoGraph.Extraction.Syntax;

/// <summary>How a clause presents its event: as fact, as a plan, as a possibility, or as denied.</summary>
public enum Modality
{
    Asserted,
    Planned,
    Speculative,
    Negated,
}
