namespace GeoGraph.Extraction.Syntax;

/// <summary>A flat piece of a sentence, tokens [Start, End): a noun phrase, a verb group, a preposition, a comma.</summary>
/// <param name="WordId">The number of <paramref name="Word"/> (<see cref="Text.WordIds"/>), for look-ups in phrase lists.</param>
internal readonly record struct Chunk(ChunkKind Kind, int Start, int End, string Word, int WordId)
{
    public NounPhrase? Noun { get; init; }
    public VerbGroup? Verb { get; init; }
}
