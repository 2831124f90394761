namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// Finds each verb group's arguments among the chunks: the subject before it (across appositions, relative clauses
/// and "X and Y"; the antecedent of "who"/"which"; the shared subject of "... and signed"; the governing clause's
/// for an infinitive), the objects and prepositional phrases after it; <see cref="ModalityReader"/> reads how each
/// clause presents its event.
/// </summary>
internal sealed class ClauseBuilder(SyntaxWords cues)
{
    private const int MaxParenthesisChunks = 8;

    private readonly NounEquivalences _equivalences = new(cues);
    private readonly ModalityReader _modality = new(cues);

    public SentenceParse Build(List<Chunk> chunks)
    {
        _equivalences.Apply(chunks);
        var clauses = new List<Clause>();
        var clauseAt = new Dictionary<int, Clause>();
        for (var k = 0; k < chunks.Count; k++)
        {
            if (chunks[k].Verb is not { } verb) continue;
            var governor = verb.Form is VerbForm.Infinitive or VerbForm.Gerund ? Governor(chunks, k, clauseAt) : null;
            var subjects = verb.Form switch
            {
                VerbForm.Infinitive or VerbForm.Gerund => governor?.Subjects ?? SubjectBefore(chunks, k, clauseAt),
                VerbForm.Participle => ParticipleHead(chunks, k),
                _ => SubjectBefore(chunks, k, clauseAt),
            };
            var (objects, second, prepositions) = Arguments(chunks, k);
            if (WhereAntecedent(chunks, k) is { } place) prepositions.Add(new PrepositionalPhrase("in", [place]));
            var modality = _modality.OfClause(chunks, k, verb, governor, subjects.Concat(objects));
            var clause = new Clause(verb, subjects, objects, second, prepositions, modality);
            if (governor is not null && verb.Form == VerbForm.Infinitive) governor.Complement ??= clause;
            clauseAt[k] = clause;
            clauses.Add(clause);
        }
        return new SentenceParse(clauses, NounsInContext(chunks, clauseAt), Copulas(clauses));
    }

    /// <summary>"The companies involved are Repsol, ONGC and Petrobras": a subject naming nothing stands for what it is said to be.</summary>
    private static Dictionary<NounPhrase, IReadOnlyList<Entities.Mention>> Copulas(List<Clause> clauses)
    {
        var equivalents = new Dictionary<NounPhrase, IReadOnlyList<Entities.Mention>>();
        foreach (var clause in clauses)
        {
            if (clause.Verb is not { Lemma: "be", Negated: false, Form: VerbForm.Finite } || clause.Subjects is not [{ Referents.Count: 0 } subject]) continue;
            var named = clause.Objects.SelectMany(o => o.Referents).ToList();
            if (named.Count > 0) equivalents[subject] = named;
        }
        return equivalents;
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
    private static Clause? Governor(List<Chunk> chunks, int k, Dictionary<int, Clause> clauseAt)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (chunks[j].Kind is ChunkKind.Boundary or ChunkKind.Relative) return null;
            if (clauseAt.TryGetValue(j, out var clause)) return clause;
        }
        return null;
    }

    /// <summary>"jets made by Sukhoi": the noun a participle qualifies is its (passive) subject.</summary>
    private static IReadOnlyList<NounPhrase> ParticipleHead(List<Chunk> chunks, int k)
    {
        var j = k - 1;
        if (j >= 0 && chunks[j].Kind == ChunkKind.Comma) j--;
        return j >= 0 && chunks[j].Noun is { } noun ? [noun] : [];
    }

    private IReadOnlyList<NounPhrase> SubjectBefore(List<Chunk> chunks, int k, Dictionary<int, Clause> clauseAt)
    {
        var j = SkipOther(chunks, k - 1);
        if (j < 0) return [];
        switch (chunks[j].Kind)
        {
            case ChunkKind.Noun:
                return SubjectEndingAt(chunks, j);
            case ChunkKind.Relative:
                return Antecedent(chunks, j);
            case ChunkKind.Conjunction when PreviousClause(chunks, k, clauseAt) is { } previous:
                return previous.Subjects;
            case ChunkKind.Comma when RelativeAntecedent(chunks, j) is { } antecedent:
                return SubjectEndingAt(chunks, antecedent);
            case ChunkKind.Comma when Apposition(chunks, j) is { } before:
                return SubjectEndingAt(chunks, before);
            default:
                return [];
        }
    }

    /// <summary>
    /// The noun phrases of a subject ending at chunk j, with those coordinated before it. After "of" or "from" the
    /// subject is the noun before the preposition ("the sale of jets"), unless that noun only stands for the entities
    /// after it ("the heads of Gazprom and PDVSA", "officials from Iran").
    /// </summary>
    private IReadOnlyList<NounPhrase> SubjectEndingAt(List<Chunk> chunks, int j)
    {
        var group = CoordinatedEndingAt(chunks, j, out var first);
        if (first > 0 && cues.Subordinators.Contains(chunks[first - 1].Word)) return group;
        // "The companies involved in Carabobo 1 are …": the noun before a participle and its phrase.
        if (first >= 3 && chunks[first - 1].Kind == ChunkKind.Preposition && chunks[first - 2].Verb is { Form: VerbForm.Participle } && chunks[first - 3].Noun is not null)
            return SubjectEndingAt(chunks, first - 3);
        if (first < 2 || chunks[first - 1].Kind != ChunkKind.Preposition || chunks[first - 2].Noun is not { } head) return group;
        if (head.HeadLemma is { } lemma && cues.IsProxy(lemma, head.HeadText ?? lemma)) return group;
        // "a consortium of Russian firms and PDVSA agreed": the preposition takes the first noun; the others join the subject.
        return [.. SubjectEndingAt(chunks, first - 2), .. group.Skip(1)];
    }

    private static List<NounPhrase> CoordinatedEndingAt(List<Chunk> chunks, int j, out int first)
    {
        var group = new List<NounPhrase> { chunks[j].Noun! };
        first = j;
        while (first >= 2 && chunks[first - 1].Kind is ChunkKind.Conjunction or ChunkKind.Comma && chunks[first - 2].Noun is { } left
               && (chunks[first - 1].Kind == ChunkKind.Conjunction || HasConjunctionAfter(chunks, first) && !IsPrepositionalObject(chunks, first - 2)))
        {
            group.Insert(0, left);
            first -= 2;
        }
        return group;
    }

    /// <summary>"In Caracas, he and Chavez …": a noun after a preposition opens no list of subjects.</summary>
    private static bool IsPrepositionalObject(List<Chunk> chunks, int j) => j > 0 && chunks[j - 1].Kind == ChunkKind.Preposition;

    /// <summary>"Russia, China and India": a comma joins nouns only in a list that an "and" closes.</summary>
    private static bool HasConjunctionAfter(List<Chunk> chunks, int from)
    {
        for (var i = from; i < chunks.Count; i++)
        {
            if (chunks[i].Kind == ChunkKind.Conjunction) return true;
            if (chunks[i].Kind is not (ChunkKind.Noun or ChunkKind.Comma)) return false;
        }
        return false;
    }

    /// <summary>"Igor Sechin, the Rosneft chairman, said": the chunk that ends the subject before an aside set off by commas.</summary>
    private static int? Apposition(List<Chunk> chunks, int closingComma)
    {
        for (var j = closingComma - 1; j > 0; j--)
        {
            if (chunks[j].Kind is ChunkKind.Boundary) return null;
            if (chunks[j].Kind != ChunkKind.Comma) continue;
            var before = SkipOther(chunks, j - 1);
            var opener = chunks[j + 1];
            var isAside = opener.Kind is ChunkKind.Noun or ChunkKind.Relative or ChunkKind.Preposition
                          || opener.Verb is { Form: VerbForm.Participle or VerbForm.Gerund };
            return before >= 0 && chunks[before].Kind == ChunkKind.Noun && isAside ? before : null;
        }
        return null;
    }

    /// <summary>
    /// "The field, which was discovered in 2000 and began pumping in 2016, is operated by …": the noun before ", which"
    /// or ", who" is the subject of the verb after the clause's closing comma.
    /// </summary>
    private static int? RelativeAntecedent(List<Chunk> chunks, int closingComma)
    {
        for (var j = closingComma - 1; j >= 2; j--)
        {
            if (chunks[j].Kind == ChunkKind.Boundary) return null;
            if (chunks[j].Kind == ChunkKind.Relative && chunks[j].Word is "which" or "who" or "whose" && chunks[j - 1].Kind == ChunkKind.Comma && chunks[j - 2].Noun is not null)
                return j - 2;
        }
        return null;
    }

    private static IReadOnlyList<NounPhrase> Antecedent(List<Chunk> chunks, int relative)
    {
        var j = relative - 1;
        if (j >= 0 && chunks[j].Kind == ChunkKind.Comma) j--;
        return j >= 0 && chunks[j].Noun is not null ? CoordinatedEndingAt(chunks, j, out _) : [];
    }

    /// <summary>
    /// The clause "… and signed" continues: the nearest finite clause before it that is not a relative clause
    /// ("inaugurated a factory that builds tractors and signed …" continues "inaugurated").
    /// </summary>
    private static Clause? PreviousClause(List<Chunk> chunks, int k, Dictionary<int, Clause> clauseAt)
    {
        Clause? nearest = null;
        for (var j = k - 1; j >= 0; j--)
        {
            if (!clauseAt.TryGetValue(j, out var clause) || clause.Verb.Form != VerbForm.Finite) continue;
            nearest ??= clause;
            if (SkipOther(chunks, j - 1) is var before and >= 0 && chunks[before].Kind == ChunkKind.Relative) continue;
            return clause;
        }
        return nearest;
    }

    private static int? ClosingParenthesis(List<Chunk> chunks, int open)
    {
        for (var j = open + 1; j < Math.Min(chunks.Count, open + MaxParenthesisChunks); j++)
        {
            if (chunks[j].Word == ")") return j;
        }
        return null;
    }

    private static int SkipOtherForward(List<Chunk> chunks, int j)
    {
        while (j < chunks.Count && chunks[j].Kind == ChunkKind.Other) j++;
        return j;
    }

    private static int SkipOther(List<Chunk> chunks, int j)
    {
        while (j >= 0 && chunks[j].Kind == ChunkKind.Other) j--;
        return j;
    }

    /// <summary>Direct objects (coordinated), a second object, then prepositional phrases, up to the next verb or boundary.</summary>
    private static (List<NounPhrase> Objects, NounPhrase? Second, List<PrepositionalPhrase> Prepositions) Arguments(List<Chunk> chunks, int k)
    {
        var objects = new List<NounPhrase>();
        NounPhrase? second = null;
        var prepositions = new List<PrepositionalPhrase>();
        var j = k + 1;
        while (j < chunks.Count)
        {
            var chunk = chunks[j];
            if (chunk.Kind == ChunkKind.Other) { j++; continue; }
            if (chunk.Word == "according") break;
            // "(ECOWAS)", "($2.5 billion)": a parenthesis does not end the phrases around it.
            if (chunk.Word == "(" && ClosingParenthesis(chunks, j) is { } close) { j = close + 1; continue; }
            if (chunk.Kind == ChunkKind.Noun && prepositions.Count == 0)
            {
                var group = CoordinatedFrom(chunks, j, out var next);
                if (objects.Count == 0) objects.AddRange(group);
                else if (second is null) second = group[0];
                else break;
                j = next;
                continue;
            }
            // "worth of", "out of", "ahead of": the second preposition introduces the noun.
            if (chunk.Kind == ChunkKind.Preposition && j + 2 < chunks.Count && chunks[j + 1].Kind == ChunkKind.Preposition && chunks[j + 2].Kind == ChunkKind.Noun) { j++; continue; }
            if (chunk.Kind == ChunkKind.Preposition && j + 1 < chunks.Count && chunks[j + 1].Kind == ChunkKind.Noun)
            {
                var group = CoordinatedFrom(chunks, j + 1, out var next, pair: chunk.Word == "between");
                prepositions.Add(new PrepositionalPhrase(chunk.Word, group));
                j = next;
                continue;
            }
            if (chunk.Kind == ChunkKind.Comma && SkipOtherForward(chunks, j + 1) is var resumed && resumed < chunks.Count && chunks[resumed].Kind == ChunkKind.Preposition) { j = resumed; continue; }
            // "to Belarus on Saturday and then to Ukraine"
            if (chunk.Kind == ChunkKind.Conjunction && prepositions.Count > 0 && SkipOtherForward(chunks, j + 1) is var after && after < chunks.Count
                && chunks[after].Kind == ChunkKind.Preposition) { j = after; continue; }
            // "sells 100,000 barrels of oil a day to Rosneft": a measure between the phrases does not end them.
            if (chunk is { Kind: ChunkKind.Noun, Noun.Referents.Count: 0 } && j + 1 < chunks.Count && chunks[j + 1].Kind == ChunkKind.Preposition) { j++; continue; }
            break;
        }
        return (objects, second, prepositions);
    }

    /// <summary>"Venezuela, Cuba and Bolivia": a noun and those joined to it, unless the last starts a new clause.</summary>
    private static List<NounPhrase> CoordinatedFrom(List<Chunk> chunks, int j, out int next, bool pair = false)
    {
        var group = new List<NounPhrase> { chunks[j].Noun! };
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

    /// <summary>Every noun phrase with the prepositional phrases after it and the clause it is an object of.</summary>
    private List<NounInContext> NounsInContext(List<Chunk> chunks, Dictionary<int, Clause> clauseAt)
    {
        var nouns = new List<NounInContext>();
        for (var j = 0; j < chunks.Count; j++)
        {
            if (chunks[j].Noun is not { } noun) continue;
            var attachments = new List<PrepositionalPhrase>();
            var next = j + 1;
            while (next + 1 < chunks.Count && chunks[next].Kind == ChunkKind.Preposition && chunks[next + 1].Kind == ChunkKind.Noun)
            {
                var group = CoordinatedFrom(chunks, next + 1, out var after, pair: chunks[next].Word == "between");
                attachments.Add(new PrepositionalPhrase(chunks[next].Word, group));
                next = after;
            }
            var owner = OwningClause(chunks, j, clauseAt);
            var modality = _modality.OfNoun(noun);
            if (owner is not null && owner.Modality > modality) modality = owner.Modality;
            nouns.Add(new NounInContext(noun, attachments, owner, modality));
        }
        return nouns;
    }

    /// <summary>The clause whose object (direct, or in a prepositional phrase) a noun phrase is, if any.</summary>
    private static Clause? OwningClause(List<Chunk> chunks, int j, Dictionary<int, Clause> clauseAt)
    {
        var noun = chunks[j].Noun!;
        for (var v = j - 1; v >= 0; v--)
        {
            if (chunks[v].Kind is ChunkKind.Boundary or ChunkKind.Relative) return null;
            if (!clauseAt.TryGetValue(v, out var clause)) continue;
            var isArgument = clause.Objects.Contains(noun) || clause.SecondObject == noun || clause.Prepositions.Any(p => p.Objects.Contains(noun));
            return isArgument ? clause : null;
        }
        return null;
    }
}
