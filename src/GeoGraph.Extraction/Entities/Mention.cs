using System.Runtime.CompilerServices;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Entities;

/// <summary>
/// A place in a sentence that refers to an entity: tokens [FirstToken, EndToken) and characters [Start, End)
/// of the normalised text. <see cref="Possessive"/> is set when "'s" follows ("Venezuela's president").
/// </summary>
/// <param name="EntityType">The entity's type, kept with its id: the rules ask it of nearly every mention they read, and
/// the mention is at hand where the article's table of entities would have to be searched by the id's string.</param>
public sealed record Mention(int FirstToken, int EndToken, int Start, int End, string EntityId, EntityType EntityType, MentionKind Kind)
{
    // Read only, so that the id and its type change only together (AsMetonym).
    public string EntityId { get; } = EntityId;

    public EntityType EntityType { get; } = EntityType;

    public bool Possessive { get; init; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Covers(int token) => token >= FirstToken && token < EndToken;

    /// <summary>The same words standing for their country: "Moscow said" for Russia.</summary>
    public Mention AsMetonym(string countryId) =>
        new(FirstToken, EndToken, Start, End, countryId, EntityType.Country, MentionKind.Metonym) { Possessive = Possessive };
}
