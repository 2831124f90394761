using System.Runtime.CompilerServices;

namespace GeoGraph.Extraction.Entities;

/// <summary>
/// A place in a sentence that refers to an entity: tokens [FirstToken, EndToken) and characters [Start, End)
/// of the normalised text. <see cref="Possessive"/> is set when "'s" follows ("Venezuela's president").
/// </summary>
public sealed record Mention(int FirstToken, int EndToken, int Start, int End, string EntityId, MentionKind Kind)
{
    public bool Possessive { get; init; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Covers(int token) => token >= FirstToken && token < EndToken;
}
