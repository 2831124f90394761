namespace GeoGraph.Extraction.Syntax;

/// <summary>A prepositional phrase attached to a clause or a noun: "with Venezuela", "to Russia and China".</summary>
public sealed record PrepositionalPhrase(string Preposition, List<NounPhrase> Objects);
