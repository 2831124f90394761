namespace GeoGraph.Extraction.Model;

/// <summary>The sentence a fact was read from, with its offsets in the original article text.</summary>
public sealed record Evidence(string Sentence, TextSpan Span);
