namespace GeoGraph.Extraction.Text;

/// <summary>Line prefixes that mark web page furniture, from Lexicon/Data/boilerplate.json.</summary>
public sealed record BoilerplateRules(
    IReadOnlyList<string> LineStartsWith,
    IReadOnlyList<string> FooterStartsWith,
    IReadOnlyList<string> CaptionStartsWith);
