using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Syntax;

/// <summary>What follows a verb group in its clause: direct objects, a second object, and prepositional phrases.</summary>
internal static class ArgumentReader
{
    /// <summary>Direct objects (coordinated), a second object, then prepositional phrases, up to the next verb or boundary.</summary>
    public static (List<NounPhrase> Objects, NounPhrase? Second, IReadOnlyList<PrepositionalPhrase> Prepositions) After(List<Chunk> chunks, int k)
    {
        List<NounPhrase>? objects = null;
        NounPhrase? second = null;
        // Many clauses have no prepositional phrase: the list is rented with the first.
        List<PrepositionalPhrase>? prepositions = null;
        var j = k + 1;
        while (j < chunks.Count)
        {
            var chunk = chunks[j];
            if (chunk.Kind == ChunkKind.Other) { j++; continue; }
            if (chunk.Word == "according") break;
            // "(ECOWAS)", "($2.5 billion)": a parenthesis does not end the phrases around it.
            if (chunk.Word == "(" && ChunkWalk.ClosingParenthesis(chunks, j) is { } close) { j = close + 1; continue; }
            if (chunk.Kind == ChunkKind.Noun && prepositions is null)
            {
                var group = ChunkWalk.CoordinatedFrom(chunks, j, out var next);
                if (objects is null) objects = group;
                else if (second is null) second = group[0];
                else break;
                j = next;
                continue;
            }
            // "worth of", "out of", "ahead of": the second preposition introduces the noun.
            if (chunk.Kind == ChunkKind.Preposition && j + 2 < chunks.Count && chunks[j + 1].Kind == ChunkKind.Preposition && chunks[j + 2].Kind == ChunkKind.Noun) { j++; continue; }
            if (chunk.Kind == ChunkKind.Preposition && j + 1 < chunks.Count && chunks[j + 1].Kind == ChunkKind.Noun)
            {
                var group = ChunkWalk.CoordinatedFrom(chunks, j + 1, out var next, pair: chunk.Word == "between");
                (prepositions ??= ScratchLists<PrepositionalPhrase>.RentForSentence()).Add(new PrepositionalPhrase(chunk.Word, group));
                j = next;
                continue;
            }
            if (chunk.Kind == ChunkKind.Comma && ChunkWalk.SkipOtherForward(chunks, j + 1) is var resumed && resumed < chunks.Count && chunks[resumed].Kind == ChunkKind.Preposition) { j = resumed; continue; }
            // "to Belarus on Saturday and then to Ukraine"
            if (chunk.Kind == ChunkKind.Conjunction && prepositions is not null && ChunkWalk.SkipOtherForward(chunks, j + 1) is var after && after < chunks.Count
                && chunks[after].Kind == ChunkKind.Preposition) { j = after; continue; }
            // "sells 100,000 barrels of oil a day to Rosneft": a measure between the phrases does not end them.
            if (chunk is { Kind: ChunkKind.Noun, Noun.Referents.Count: 0 } && j + 1 < chunks.Count && chunks[j + 1].Kind == ChunkKind.Preposition) { j++; continue; }
            break;
        }
        return (objects ?? ChunkWalk.NoNouns, second, prepositions ?? (IReadOnlyList<PrepositionalPhrase>)[]);
    }
}
