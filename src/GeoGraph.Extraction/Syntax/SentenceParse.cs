using GeoGraph.Extraction.Entities;

namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// A noun phrase where the parser found it: the prepositional phrases that follow it ("a loan of $1bn from China to
/// Ecuador"), and the clause it is an object of, whose subject a relation noun inherits ("Putin made a visit to Cuba").
/// </summary>
public sealed record NounInContext(NounPhrase Noun, IReadOnlyList<PrepositionalPhrase> Attachments, Clause? ObjectOf, Modality Modality);

/// <summary>
/// A sentence's shallow parse: its clauses, its noun phrases in context, and the noun phrases a copula equates
/// with named entities ("the companies involved … are Repsol and ONGC").
/// </summary>
public sealed record SentenceParse(IReadOnlyList<Clause> Clauses, IReadOnlyList<NounInContext> Nouns,
    IReadOnlyDictionary<NounPhrase, IReadOnlyList<Mention>> Equivalents)
{
    /// <summary>The entities a noun phrase names, or those the sentence says it is.</summary>
    public IReadOnlyList<Mention> ReferentsOf(NounPhrase noun) =>
        noun.Referents.Count == 0 && Equivalents.TryGetValue(noun, out var named) ? named : noun.Referents;
}
