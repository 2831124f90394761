using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// Gives a noun phrase that names no entity the entities the sentence equates it with: "the southern city of
/// Orenburg", "representatives of Eni", "centres like India", "its partner, Gazprom,".
/// </summary>
internal sealed class NounEquivalences(SyntaxWords words)
{
    /// <summary>How many chunks back "including …" looks for the noun its examples stand for.</summary>
    private const int ExampleReach = 6;

    public void Apply(List<Chunk> chunks)
    {
        ApplyExamples(chunks);
        for (var j = 0; j + 2 < chunks.Count; j++)
        {
            if (chunks[j].Noun is not { Referents.Count: 0 } noun) continue;
            var link = chunks[j + 1];
            var named = link.Kind switch
            {
                ChunkKind.Preposition when link.Word == "of" && noun.HeadLemma is { } head && words.PlaceNouns.Contains(head) => Following(chunks, j + 2),
                ChunkKind.Preposition when link.Word is "of" or "from" && noun.HeadLemma is { } proxy && words.IsProxy(proxy, noun.HeadText?.ToLowerInvariant() ?? proxy) => Following(chunks, j + 2),
                ChunkKind.Preposition when link.Word == "of" && noun.HeadLemma is { } part && words.PartNouns.Contains(part) => Following(chunks, j + 2),
                ChunkKind.Comma when IsClosedAside(chunks, j + 2) => Following(chunks, j + 2),
                ChunkKind.Verb when link.Verb is { Lemma: "be", Negated: false, Form: VerbForm.Finite } && link.End - link.Start == 1 => Following(chunks, j + 2),
                // "a consortium led by Chinalco": a group stands for the one that leads it.
                ChunkKind.Verb when link.Verb is { Form: VerbForm.Participle, Lemma: "lead" or "head" } && j + 3 < chunks.Count && chunks[j + 2].Word == "by"
                    && noun.HeadLemma is { } group && words.TypeNouns.Contains(group) => Following(chunks, j + 3),
                // "a consortium that includes YPF, Vista Energy and Pampa Energia"
                ChunkKind.Relative when j + 3 < chunks.Count && chunks[j + 2].Verb is { Negated: false } verb && words.MemberVerbs.Contains(verb.Lemma) => Following(chunks, j + 3),
                _ => MentionsByToken.None,
            };
            if (named.Count > 0) chunks[j] = chunks[j] with { Noun = noun with { Referents = named } };
        }
        ApplyDescriptiveAsides(chunks);
    }

    /// <summary>"Tengiz, the onshore field developed by …": a description set off after a name stands for it.</summary>
    private static void ApplyDescriptiveAsides(List<Chunk> chunks)
    {
        for (var j = 2; j < chunks.Count; j++)
        {
            if (chunks[j].Noun is not { Referents.Count: 0, HeadLemma: not null } noun || noun.Qualifiers is not ["the" or "a" or "an", ..]) continue;
            if (chunks[j - 1].Kind != ChunkKind.Comma || chunks[j - 2].Noun is not { Referents.Count: > 0 } named) continue;
            // Not a list ("A, B and C") nor an opening phrase ("For Seoul, the stakes …"); the aside must close.
            if (j >= 3 && chunks[j - 3].Kind is ChunkKind.Comma or ChunkKind.Conjunction or ChunkKind.Preposition) continue;
            if (j + 1 < chunks.Count && chunks[j + 1].Kind is not (ChunkKind.Comma or ChunkKind.Relative or ChunkKind.Preposition or ChunkKind.Other)
                && chunks[j + 1].Verb is not { Form: VerbForm.Participle }) continue;
            chunks[j] = chunks[j] with { Noun = noun with { Referents = named.Referents } };
        }
    }

    /// <summary>
    /// "stakes in five projects with PDVSA, including Petromonagas and Junin 6": the examples stand for the nearest
    /// noun phrase before them that names nothing.
    /// </summary>
    private void ApplyExamples(List<Chunk> chunks)
    {
        for (var j = 1; j + 1 < chunks.Count; j++)
        {
            if (!words.ExampleWords.ContainsWord(chunks[j].WordId) || chunks[j].Kind == ChunkKind.Noun) continue;
            var named = Following(chunks, j + 1);
            if (named.Count == 0) continue;
            for (var k = j - 1; k >= Math.Max(0, j - ExampleReach); k--)
            {
                if (chunks[k].Kind is ChunkKind.Verb or ChunkKind.Boundary or ChunkKind.Relative) break;
                if (chunks[k].Noun is not { Referents.Count: 0, HeadLemma: not null } noun) continue;
                chunks[k] = chunks[k] with { Noun = noun with { Referents = named } };
                break;
            }
        }
    }

    /// <summary>The entities named by the noun phrase at j and those coordinated with it.</summary>
    private static List<Mention> Following(List<Chunk> chunks, int j)
    {
        var named = ScratchLists<Mention>.RentForSentence();
        while (j < chunks.Count && chunks[j].Noun is { Referents.Count: > 0 } noun)
        {
            named.AddRange(noun.Referents);
            if (j + 2 >= chunks.Count || chunks[j + 1].Kind is not (ChunkKind.Conjunction or ChunkKind.Comma) || chunks[j + 1].Word is not ("and" or "," or "or")) break;
            j += 2;
        }
        return named;
    }

    /// <summary>"its partner, Gazprom, said": one named noun phrase between commas, or before the sentence's end.</summary>
    private static bool IsClosedAside(List<Chunk> chunks, int j) =>
        chunks[j].Noun is { Referents.Count: > 0, HeadLemma: null } && (j + 1 == chunks.Count || chunks[j + 1].Kind is ChunkKind.Comma or ChunkKind.Other or ChunkKind.Boundary);
}
