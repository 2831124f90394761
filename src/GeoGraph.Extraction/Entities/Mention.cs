using System.Runtime.CompilerServices;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Entities;

/// <summary>
/// A place in a sentence that refers to an entity: tokens [FirstToken, EndToken) and characters [Start, End)
/// of the normalised text. <see cref="Possessive"/> is set when "'s" follows ("Venezuela's president").
/// </summary>
/// <param name="EntityType">The entity's type as the article's table of entities gives it (<see cref="ArticleEntities.Mention"/>),
/// kept with the id: the rules ask it of nearly every mention they read, and the mention is at hand where the table
/// would have to be searched by the id's string. An id's type never changes once the table holds it.</param>
public sealed record Mention(int FirstToken, int EndToken, int Start, int End, string EntityId, EntityType EntityType, MentionKind Kind)
{
    // Read only: a mention of another entity is made anew by the table, which gives it that entity's type.
    public string EntityId { get; } = EntityId;

    public EntityType EntityType { get; } = EntityType;

    public bool Possessive { get; init; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Covers(int token) => token >= FirstToken && token < EndToken;
}
