namespace GeoGraph.Extraction.Text;

/// <summary>Line prefixes that mark web page furniture, from Lexicon/Data/boilerplate.json.</summary>
public sealed record BoilerplateRules(LinePrefixes LineStartsWith, LinePrefixes FooterStartsWith, LinePrefixes CaptionStartsWith);
