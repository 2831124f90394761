using GeoGraph.Extraction.Entities;

namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// A sentence's shallow parse: its clauses, its noun phrases in context, and the noun phrases a copula equates
/// with named entities ("the companies involved … are Repsol and ONGC").
/// </summary>
public sealed record SentenceParse(List<Clause> Clauses, List<NounInContext> Nouns,
    IReadOnlyDictionary<NounPhrase, List<Mention>> Equivalents)
{
    /// <summary>The phrase that opens the sentence before its first clause, if one does: "Under a deal signed with Egypt, …".</summary>
    public PrepositionalPhrase? Opening { get; init; }

    /// <summary>The entities a noun phrase names, or those the sentence says it is.</summary>
    public List<Mention> ReferentsOf(NounPhrase noun) =>
        noun.Referents.Count == 0 && Equivalents.TryGetValue(noun, out var named) ? named : noun.Referents;
}
