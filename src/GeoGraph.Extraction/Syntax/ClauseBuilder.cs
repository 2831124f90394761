using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// Finds each verb group's arguments among the chunks: the subject before it (across appositions, relative clauses
/// and "X and Y"; the antecedent of "who"/"which"; the shared subject of "... and signed"; the governing clause's
/// for an infinitive), the objects and prepositional phrases after it; <see cref="ModalityReader"/> reads how each
/// clause presents its event.
/// </summary>
internal sealed class ClauseBuilder(SyntaxWords cues)
{
    private static readonly IReadOnlyDictionary<NounPhrase, List<Entities.Mention>> NoEquivalents = new Dictionary<NounPhrase, List<Entities.Mention>>();

    private readonly NounEquivalences _equivalences = new(cues);
    private readonly ModalityReader _modality = new(cues);
    private readonly SubjectFinder _subjects = new(cues);

    public SentenceParse Build(List<Chunk> chunks)
    {
        _equivalences.Apply(chunks);
        var clauses = ScratchLists<Clause>.RentForSentence();
        // The clause each verb chunk heads, by chunk index.
        var clauseAt = ScratchArray<ClauseBuilder, Clause?>.Rent(chunks.Count);
        for (var k = 0; k < chunks.Count; k++)
        {
            if (chunks[k].Verb is not { } verb) continue;
            var governor = verb.Form is VerbForm.Infinitive or VerbForm.Gerund ? Governor(chunks, k, clauseAt) : null;
            var subjects = verb.Form switch
            {
                VerbForm.Infinitive or VerbForm.Gerund => governor?.Subjects ?? _subjects.Before(chunks, k, clauseAt),
                VerbForm.Participle => SubjectFinder.ParticipleHead(chunks, k),
                _ => _subjects.Before(chunks, k, clauseAt),
            };
            var (objects, second, prepositions) = ArgumentReader.After(chunks, k);
            if (WhereAntecedent(chunks, k) is { } place) prepositions = [.. prepositions, new PrepositionalPhrase("in", [place])];
            var modality = _modality.OfClause(chunks, k, verb, governor, subjects, objects);
            var clause = new Clause(verb, subjects, objects, second, prepositions, modality);
            if (governor is not null && verb.Form == VerbForm.Infinitive) governor.Complement ??= clause;
            clauseAt[k] = clause;
            clauses.Add(clause);
        }
        PrepositionalPhrase? opening = chunks.Count > 2 && chunks[0].Kind == ChunkKind.Preposition && chunks[1].Noun is { } opened
            ? new PrepositionalPhrase(chunks[0].Word, ScratchLists<NounPhrase>.RentForSentence(opened))
            : null;
        return new SentenceParse(clauses, NounsInContext(chunks, clauseAt), Copulas(clauses)) { Opening = opening };
    }

    /// <summary>"The companies involved are Repsol, ONGC and Petrobras": a subject naming nothing stands for what it is said to be.</summary>
    private static IReadOnlyDictionary<NounPhrase, List<Entities.Mention>> Copulas(List<Clause> clauses)
    {
        // Most sentences equate nothing: their parses share one empty dictionary.
        Dictionary<NounPhrase, List<Entities.Mention>>? equivalents = null;
        foreach (var clause in clauses)
        {
            if (clause.Verb is not { Lemma: "be", Negated: false, Form: VerbForm.Finite } || clause.Subjects is not [{ Referents.Count: 0 } subject]) continue;
            var named = clause.Objects.SelectMany(o => o.Referents).ToList();
            if (named.Count > 0) (equivalents ??= [])[subject] = named;
        }
        return equivalents ?? NoEquivalents;
    }

    /// <summary>"flying in from New Delhi, where he had attended the summit": a clause opened by "where" happens at its antecedent.</summary>
    private static NounPhrase? WhereAntecedent(List<Chunk> chunks, int k)
    {
        for (var j = k - 1; j >= 1; j--)
        {
            if (chunks[j].Kind is ChunkKind.Verb or ChunkKind.Boundary) return null;
            if (chunks[j].Kind != ChunkKind.Relative) continue;
            if (chunks[j].Word != "where") return null;
            var before = chunks[j - 1].Kind == ChunkKind.Comma ? j - 2 : j - 1;
            return before >= 0 ? chunks[before].Noun : null;
        }
        return null;
    }

    /// <summary>The clause an infinitive or gerund depends on: the nearest verb before it in the same stretch of text.</summary>
    private static Clause? Governor(List<Chunk> chunks, int k, Clause?[] clauseAt)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (chunks[j].Kind is ChunkKind.Boundary or ChunkKind.Relative) return null;
            if (clauseAt[j] is { } clause) return clause;
        }
        return null;
    }

    /// <summary>Every noun phrase with the prepositional phrases after it and the clause it is an object of.</summary>
    private List<NounInContext> NounsInContext(List<Chunk> chunks, Clause?[] clauseAt)
    {
        var nouns = ScratchLists<NounInContext>.RentForSentence();
        for (var j = 0; j < chunks.Count; j++)
        {
            if (chunks[j].Noun is not { } noun) continue;
            List<PrepositionalPhrase>? attachments = null;
            var next = j + 1;
            while (next + 1 < chunks.Count && chunks[next].Kind == ChunkKind.Preposition && chunks[next + 1].Kind == ChunkKind.Noun)
            {
                var group = ChunkWalk.CoordinatedFrom(chunks, next + 1, out var after, pair: chunks[next].Word == "between");
                (attachments ??= ScratchLists<PrepositionalPhrase>.RentForSentence()).Add(new PrepositionalPhrase(chunks[next].Word, group));
                next = after;
            }
            var owner = OwningClause(chunks, j, clauseAt);
            var modality = _modality.OfNoun(noun);
            if (owner is not null && owner.Modality > modality) modality = owner.Modality;
            nouns.Add(new NounInContext(noun, attachments ?? (IReadOnlyList<PrepositionalPhrase>)[], owner, modality));
        }
        return nouns;
    }

    /// <summary>The clause whose object (direct, or in a prepositional phrase) a noun phrase is, if any.</summary>
    private static Clause? OwningClause(List<Chunk> chunks, int j, Clause?[] clauseAt)
    {
        var noun = chunks[j].Noun!;
        for (var v = j - 1; v >= 0; v--)
        {
            if (chunks[v].Kind is ChunkKind.Boundary or ChunkKind.Relative) return null;
            if (clauseAt[v] is not { } clause) continue;
            return clause.HasArgument(noun) ? clause : null;
        }
        return null;
    }
}
