namespace GeoGraph.Extraction.Syntax;

/// <summary>What a chunk of a sentence is: a noun phrase, a verb group, or a word that joins or divides them.</summary>
internal enum ChunkKind
{
    Noun,
    Verb,
    Preposition,
    Conjunction,
    Comma,
    Relative,
    Boundary,
    Other,
}
