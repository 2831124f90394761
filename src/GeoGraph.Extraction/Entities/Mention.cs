using System.Runtime.CompilerServices;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Entities;

/// <summary>
/// A place in a sentence that refers to an entity: tokens [FirstToken, EndToken) and characters [Start, End)
/// of the normalised text. <see cref="Possessive"/> is set when "'s" follows ("Venezuela's president").
/// </summary>
public sealed record Mention
{
    /// <param name="entity">The entity as the article's table of entities gives it (<see cref="ArticleEntities.Mention"/>): its
    /// id, type and name are kept with the mention, since the rules ask them of nearly every mention they read, and the
    /// mention is at hand where the table would have to be searched by the id's string. None of the three changes once the
    /// table holds the entity; what else the table knows of it (a nationality) can be learnt later in the article, so the
    /// entity itself is not kept.</param>
    public Mention(int firstToken, int endToken, int start, int end, LexiconEntity entity, MentionKind kind)
    {
        (FirstToken, EndToken, Start, End, Kind) = (firstToken, endToken, start, end, kind);
        (EntityId, EntityType, EntityName) = (entity.Id, entity.Type, entity.Name);
    }

    public int FirstToken { get; }

    public int EndToken { get; }

    public int Start { get; }

    public int End { get; }

    public string EntityId { get; }

    public EntityType EntityType { get; }

    public string EntityName { get; }

    public MentionKind Kind { get; }

    public bool Possessive { get; init; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Covers(int token) => token >= FirstToken && token < EndToken;
}
