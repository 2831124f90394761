namespace GeoGraph.Extraction.Syntax;

/// <summary>A flat piece of a sentence, tokens [Start, End): a noun phrase, a verb group, a preposition, a comma.</summary>
internal readonly record struct Chunk(ChunkKind Kind, int Start, int End, string Word)
{
    public NounPhrase? Noun { get; init; }
    public VerbGroup? Verb { get; init; }
}
