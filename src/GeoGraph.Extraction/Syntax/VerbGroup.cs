namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// A verb with its auxiliaries, modals and negation, tokens [Start, End): "has not yet signed", "was sold", "to buy".
/// <see cref="Lemma"/> is the main verb's ("sign"), with its particle when one follows ("team up").
/// </summary>
public sealed record VerbGroup(int Start, int End, string Lemma, string? Particle, VerbForm Form, bool Passive, bool Negated, Modality Modality);

public enum VerbForm
{
    /// <summary>A verb with a tense: "signed", "will sign", "has been signed".</summary>
    Finite,
    /// <summary>"to sign": its subject is the governing clause's.</summary>
    Infinitive,
    /// <summary>"signing" without an auxiliary: after a preposition or opening a sentence.</summary>
    Gerund,
    /// <summary>"signed by", "made in Russia": a past participle qualifying the noun before it, passive.</summary>
    Participle,
}
