namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// A verb with its auxiliaries, modals and negation, tokens [Start, End): "has not yet signed", "was sold", "to buy".
/// <see cref="Lemma"/> is the main verb's ("sign"), with its particle when one follows ("team up").
/// </summary>
public sealed record VerbGroup(int Start, int End, string Lemma, string? Particle, VerbForm Form, bool Passive, bool Negated, Modality Modality);
