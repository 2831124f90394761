using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// The subject of a verb group among the chunks before it: across appositions and relative clauses set off by commas,
/// "X and Y", the heads of "of" phrases that only stand for others ("officials from Iran"), the antecedent of "who" or
/// "which", the shared subject of "… and signed", and the noun a participle qualifies.
/// </summary>
internal sealed class SubjectFinder(SyntaxWords cues)
{
    private static bool IsDash(Chunk chunk) => chunk.Word is "-" or "--" or "—" or "–";

    /// <summary>"The three countries - Albania, Bulgaria and Macedonia - signed": the list between dashes names the subject.</summary>
    private List<NounPhrase> DashedList(List<Chunk> chunks, int closingDash)
    {
        var list = CoordinatedEndingAt(chunks, closingDash - 1, out var first);
        var opening = first - 1;
        // The list must spell out a plural noun before it that names no one ("the three countries"), not add to it.
        var isApposition = opening > 0 && IsDash(chunks[opening]) && chunks[opening - 1].Noun is { } plural && NamesNoOne(plural) && list.Count > 1;
        return isApposition ? list : ChunkWalk.NoNouns;
    }

    /// <summary>
    /// "The two countries, Peru and Chile, signed": as between dashes, a list set off by commas after a plural noun of
    /// parties that names no one spells it out, and is the subject — not "The jets, Rafales and Mirages, were sold".
    /// </summary>
    private List<NounPhrase>? ListBetweenCommas(List<Chunk> chunks, int closingComma)
    {
        if (closingComma < 1 || chunks[closingComma - 1].Noun is null) return null;
        var list = CoordinatedEndingAt(chunks, closingComma - 1, out var first);
        // The walk over a list joined by "and" goes on past the opening comma to the plural noun itself.
        if (list.Count >= 3 && IsPartiesNamingNoOne(list[0])) list.RemoveAt(0);
        else if (first < 2 || chunks[first - 1].Kind != ChunkKind.Comma || chunks[first - 2].Noun is not { } plural || !IsPartiesNamingNoOne(plural)) return null;
        if (list.Count < 2) return null;
        foreach (var noun in list)
        {
            if (noun.Referents.Count == 0) return null;
        }
        return list;
    }

    private bool IsPartiesNamingNoOne(NounPhrase noun) => NamesNoOne(noun) && noun.HeadLemma is { } lemma && cues.PartyNouns.Contains(lemma);

    private static bool NamesNoOne(NounPhrase noun) => noun is { Referents.Count: 0, HeadText: { } head } && head.EndsWith('s');

    /// <summary>"jets made by Sukhoi": the noun a participle qualifies is its (passive) subject.</summary>
    public static List<NounPhrase> ParticipleHead(List<Chunk> chunks, int k)
    {
        var j = k - 1;
        if (j >= 0 && chunks[j].Kind == ChunkKind.Comma) j--;
        return j >= 0 && chunks[j].Noun is { } noun ? ScratchLists<NounPhrase>.RentForSentence(noun) : ChunkWalk.NoNouns;
    }

    public List<NounPhrase> Before(List<Chunk> chunks, int k, Clause?[] clauseAt)
    {
        var j = ChunkWalk.SkipOther(chunks, k - 1);
        if (j < 0) return ChunkWalk.NoNouns;
        switch (chunks[j].Kind)
        {
            case ChunkKind.Noun:
                return SubjectEndingAt(chunks, j);
            case ChunkKind.Relative:
                return Antecedent(chunks, j, chunks[k]);
            case ChunkKind.Conjunction when PreviousClause(chunks, k, clauseAt) is { } previous:
                return previous.Subjects;
            case ChunkKind.Comma when RelativeAntecedent(chunks, j) is { } antecedent:
                return SubjectEndingAt(chunks, antecedent);
            case ChunkKind.Comma when ListBetweenCommas(chunks, j) is { } list:
                return list;
            case ChunkKind.Comma when Apposition(chunks, j) is { } before:
                return SubjectEndingAt(chunks, before);
            case ChunkKind.Boundary when IsDash(chunks[j]) && j > 0 && chunks[j - 1].Noun is not null:
                return DashedList(chunks, j);
            default:
                return ChunkWalk.NoNouns;
        }
    }

    /// <summary>
    /// The noun phrases of a subject ending at chunk j, with those coordinated before it. After "of" or "from" the
    /// subject is the noun before the preposition ("the sale of jets"), unless that noun only stands for the entities
    /// after it ("the heads of Gazprom and PDVSA", "officials from Iran").
    /// </summary>
    private List<NounPhrase> SubjectEndingAt(List<Chunk> chunks, int j)
    {
        var group = CoordinatedEndingAt(chunks, j, out var first);
        if (first > 0 && cues.Subordinators.ContainsWord(chunks[first - 1].WordId)) return group;
        // "The companies involved in Carabobo 1 are …": the noun before a participle and its phrase.
        if (first >= 3 && chunks[first - 1].Kind == ChunkKind.Preposition && chunks[first - 2].Verb is { Form: VerbForm.Participle } && chunks[first - 3].Noun is not null)
            return SubjectEndingAt(chunks, first - 3);
        if (first < 2 || chunks[first - 1].Kind != ChunkKind.Preposition || chunks[first - 2].Noun is not { } head) return group;
        if (head.HeadLemma is { } lemma && cues.IsProxy(lemma, head.HeadText ?? lemma)) return group;
        // "a consortium of Russian firms and PDVSA agreed": the preposition takes the first noun; the others join the subject.
        var subject = ScratchLists<NounPhrase>.RentForSentence();
        subject.AddRange(SubjectEndingAt(chunks, first - 2));
        for (var i = 1; i < group.Count; i++) subject.Add(group[i]);
        return subject;
    }

    private static List<NounPhrase> CoordinatedEndingAt(List<Chunk> chunks, int j, out int first)
    {
        var group = ScratchLists<NounPhrase>.RentForSentence(chunks[j].Noun!);
        first = j;
        while (first >= 2 && chunks[first - 1].Kind is ChunkKind.Conjunction or ChunkKind.Comma && chunks[first - 2].Noun is { } left
               && (chunks[first - 1].Kind == ChunkKind.Conjunction || ChunkWalk.HasConjunctionAfter(chunks, first) && !IsPrepositionalObject(chunks, first - 2)))
        {
            group.Insert(0, left);
            first -= 2;
        }
        return group;
    }

    /// <summary>"In Caracas, he and Chavez …": a noun after a preposition opens no list of subjects.</summary>
    private static bool IsPrepositionalObject(List<Chunk> chunks, int j) => j > 0 && chunks[j - 1].Kind == ChunkKind.Preposition;

    /// <summary>"Igor Sechin, the Rosneft chairman, said": the chunk that ends the subject before an aside set off by commas.</summary>
    private static int? Apposition(List<Chunk> chunks, int closingComma)
    {
        for (var j = closingComma - 1; j > 0; j--)
        {
            if (chunks[j].Kind is ChunkKind.Boundary) return null;
            if (chunks[j].Kind != ChunkKind.Comma) continue;
            var before = ChunkWalk.SkipOther(chunks, j - 1);
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

    /// <summary>
    /// The noun phrases "who" or "which" stands for: those coordinated before it, or only the last when the verb is
    /// singular ("Peter Foster and Paulo Silva, who heads Embraer").
    /// </summary>
    private static List<NounPhrase> Antecedent(List<Chunk> chunks, int relative, Chunk verb)
    {
        var j = relative - 1;
        if (j >= 0 && chunks[j].Kind == ChunkKind.Comma) j--;
        if (j < 0 || chunks[j].Noun is not { } last) return ChunkWalk.NoNouns;
        return IsSingular(verb.Word) ? ScratchLists<NounPhrase>.RentForSentence(last) : CoordinatedEndingAt(chunks, j, out _);
    }

    /// <summary>"heads", "is", "has": a verb's present form that agrees with one subject only.</summary>
    private static bool IsSingular(string verb) =>
        verb is "is" or "was" or "has" or "does" || verb.Length > 2 && verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal);

    /// <summary>
    /// The clause "… and signed" continues: the nearest finite clause before it that is not a relative clause
    /// ("inaugurated a factory that builds tractors and signed …" continues "inaugurated").
    /// </summary>
    private static Clause? PreviousClause(List<Chunk> chunks, int k, Clause?[] clauseAt)
    {
        Clause? nearest = null;
        for (var j = k - 1; j >= 0; j--)
        {
            if (clauseAt[j] is not { Verb.Form: VerbForm.Finite } clause) continue;
            nearest ??= clause;
            if (ChunkWalk.SkipOther(chunks, j - 1) is var before and >= 0 && chunks[before].Kind == ChunkKind.Relative) continue;
            return clause;
        }
        return nearest;
    }
}
