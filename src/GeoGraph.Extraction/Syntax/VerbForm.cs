namespace GeoGraph.Extraction.Syntax;

/// <summary>How a verb group stands in its sentence, which decides where its subject is.</summary>
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
