namespace GeoGraph.Extraction.Syntax;

/// <summary>A prepositional phrase attached to a clause or a noun: "with Venezuela", "to Russia and China".</summary>
public readonly record struct PrepositionalPhrase(string Preposition, List<NounPhrase> Objects);
