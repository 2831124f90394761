using GeoGraph.Extraction.Entities;

namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// A noun phrase, tokens [Start, End): "Venezuela's state oil firm PDVSA", "Russian arms sales", "the two leaders".
/// <see cref="Referents"/> are the entities it names (more than one for "the two countries"), <see cref="Modifiers"/>
/// the entities that only qualify its head ("Venezuela's", "Russian", "Boeing" in "Boeing jets"), and
/// <see cref="HeadLemma"/> the lemma of a common-noun head ("sale"), or null when an entity is the head.
/// </summary>
public sealed record NounPhrase(int Start, int End, List<Mention> Referents, List<Mention> Modifiers, string? HeadLemma)
{
    /// <summary>Adjectives and other words before the head, folded: "possible" in "a possible deal".</summary>
    public IReadOnlyList<string> Qualifiers { get; init; } = [];

    /// <summary>The head word as written: "tanks" (its lemma is "tank").</summary>
    public string? HeadText { get; init; }

    /// <summary>Whether a maker's name heads a model designation: "Boeing 787s", "Airbus A320neo jets".</summary>
    public bool IsModel { get; init; }

    /// <summary>Whether the phrase is a sum of money: "$1.5 billion", "600 million roubles".</summary>
    public bool IsAmount { get; init; }
}
