using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Syntax;

/// <summary>Steps over a sentence's chunks shared by the parser's readers: past asides, along lists, to a closing parenthesis.</summary>
internal static class ChunkWalk
{
    private const int MaxParenthesisChunks = 8;

    /// <summary>The one empty list that clauses without a subject or object share: nothing adds to it.</summary>
    public static readonly List<NounPhrase> NoNouns = [];

    public static int SkipOther(List<Chunk> chunks, int j)
    {
        while (j >= 0 && chunks[j].Kind == ChunkKind.Other) j--;
        return j;
    }

    public static int SkipOtherForward(List<Chunk> chunks, int j)
    {
        while (j < chunks.Count && chunks[j].Kind == ChunkKind.Other) j++;
        return j;
    }

    /// <summary>"Russia, China and India": a comma joins nouns only in a list that an "and" closes.</summary>
    public static bool HasConjunctionAfter(List<Chunk> chunks, int from)
    {
        for (var i = from; i < chunks.Count; i++)
        {
            if (chunks[i].Kind == ChunkKind.Conjunction) return true;
            if (chunks[i].Kind is not (ChunkKind.Noun or ChunkKind.Comma)) return false;
        }
        return false;
    }

    /// <summary>"Venezuela, Cuba and Bolivia": a noun and those joined to it, unless the last starts a new clause.</summary>
    public static List<NounPhrase> CoordinatedFrom(List<Chunk> chunks, int j, out int next, bool pair = false)
    {
        var group = ScratchLists<NounPhrase>.RentForSentence(chunks[j].Noun!);
        next = j + 1;
        while (next + 1 < chunks.Count && chunks[next].Kind is ChunkKind.Conjunction or ChunkKind.Comma && chunks[next + 1].Noun is { } right)
        {
            if (chunks[next].Word is not ("and" or "or" or ",")) break;
            // "… and Sarkozy ended": the last noun may open a new clause, unless "between" needs a pair.
            if (next + 2 < chunks.Count && chunks[next + 2].Verb is { Form: VerbForm.Finite } && !(pair && group.Count == 1)) break;
            if (chunks[next].Kind == ChunkKind.Comma && !HasConjunctionAfter(chunks, next + 1)) break;
            group.Add(right);
            next += 2;
        }
        return group;
    }

    public static int? ClosingParenthesis(List<Chunk> chunks, int open)
    {
        for (var j = open + 1; j < Math.Min(chunks.Count, open + MaxParenthesisChunks); j++)
        {
            if (chunks[j].Word == ")") return j;
        }
        return null;
    }
}
