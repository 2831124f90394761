namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// A noun phrase where the parser found it: the prepositional phrases that follow it ("a loan of $1bn from China to
/// Ecuador"), and the clause it is an object of, whose subject a relation noun inherits ("Putin made a visit to Cuba").
/// </summary>
public readonly record struct NounInContext(NounPhrase Noun, IReadOnlyList<PrepositionalPhrase> Attachments, Clause? ObjectOf, Modality Modality);
