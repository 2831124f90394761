using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Relations;

/// <summary>
/// One sentence seen by the relation rules: its tokens and mentions, and the small pieces of syntax the rules
/// share — clause limits, subjects before a trigger, coordinated mentions after it, modality, amounts.
/// </summary>
public sealed class SentenceContext
{
    private const int ModalityWindow = 6;
    private const int ModifierReach = 4;

    private readonly string _text;
    private readonly Mention?[] _mentionAt;
    private readonly Lazy<string?>[] _dates;

    internal SentenceContext(IReadOnlyList<SentenceMentions> article, int index, ArticleEntities entities,
        KnowledgeBase knowledge, Evidence evidence, DateOnly? published, string normalizedText)
    {
        _text = normalizedText;
        _dates = [new(() => RelationDateReader.Read(Tokens, Published, planned: false)), new(() => RelationDateReader.Read(Tokens, Published, planned: true))];
        _mentionAt = new Mention?[article[index].Tokens.Count];
        foreach (var mention in article[index].Mentions)
        {
            for (var t = mention.FirstToken; t < mention.EndToken; t++) _mentionAt[t] ??= mention;
        }
        Article = article;
        Index = index;
        Entities = entities;
        Knowledge = knowledge;
        Evidence = evidence;
        Published = published;
    }

    public IReadOnlyList<SentenceMentions> Article { get; }
    public int Index { get; }
    public ArticleEntities Entities { get; }
    public KnowledgeBase Knowledge { get; }
    public Evidence Evidence { get; }
    public DateOnly? Published { get; }

    public SentenceMentions Sentence => Article[Index];
    public IReadOnlyList<Token> Tokens => Sentence.Tokens;
    public List<Mention> Mentions => Sentence.Mentions;
    public Triggers Triggers => Knowledge.Triggers;
    public Vocabulary Words => Knowledge.Vocabulary;

    public EntityType TypeOf(Mention mention) => Entities.TypeOf(mention.EntityId);

    public bool Is(Mention mention, params EntityType[] types) => types.Contains(TypeOf(mention));

    public static bool IsPlace(EntityType type) => type is EntityType.City or EntityType.Country or EntityType.Region;

    /// <summary>
    /// Every match of a trigger list in this sentence: (first token, length). A capitalised word inside prose is part
    /// of a name or title ("Finance Minister"), so it triggers nothing unless <paramref name="inTitles"/> asks for titles.
    /// </summary>
    public IEnumerable<(int Start, int Length)> Find(PhraseSet phrases, bool inTitles = false)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            var length = phrases.MatchAt(Tokens, i);
            if (length == 0 || At(i) is { Kind: MentionKind.Name } || !inTitles && IsTitleWord(i)) continue;
            yield return (i, length);
            i += length - 1;
        }
    }

    /// <summary>"Finance Minister", "Trade Ministry": a capitalised word inside prose is part of a name or title, not a trigger.</summary>
    private bool IsTitleWord(int token) => token > 0 && Tokens[token].IsCapitalized && !Sentence.Sentence.IsTitle && Tokens[token - 1].Text is not ("\"" or "'" or "(");

    public int? FindIn(PhraseSet phrases, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, Tokens.Count); i++)
        {
            if (phrases.MatchAt(Tokens, i) > 0) return i;
        }
        return null;
    }

    public int? IndexOfWord(string folded, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, Tokens.Count); i++)
        {
            if (Tokens[i].Folded == folded) return i;
        }
        return null;
    }

    public bool IsBoundary(int token) => Triggers.ClauseBoundaries.Contains(Tokens[token].Folded);

    public int ClauseStart(int token)
    {
        for (var i = token - 1; i >= 0; i--)
        {
            if (IsBoundary(i) && !(Tokens[i].Folded == "as" && i + 1 < Tokens.Count && Tokens[i + 1].Folded == "well")) return i + 1;
        }
        return 0;
    }

    public int ClauseEnd(int token)
    {
        for (var i = token; i < Tokens.Count; i++)
        {
            if (IsBoundary(i) && Tokens[i].Folded is not ("as" or "that" or "who" or "when" or "after" or "before")) return i;
        }
        return Tokens.Count;
    }

    /// <summary>
    /// How the clause around a trigger presents it: from cue words just before it ("did not sign", "could buy", "will
    /// meet"), or a verb like "is seeking" anywhere earlier in the clause, which governs everything after it.
    /// </summary>
    public Modality ModalityOf(int trigger, int triggerLength = 1, int window = ModalityWindow, bool clauseGoverns = true)
    {
        var clauseStart = ClauseStart(trigger);
        if (clauseGoverns && FindIn(Triggers.GoverningSpeculationCues, clauseStart, trigger) is not null) return Modality.Speculative;
        if (IsReportedClaim(clauseStart)) return Modality.Speculative;
        var from = Math.Max(clauseStart, trigger - window);
        var planned = false;
        for (var i = from; i < trigger; i++)
        {
            if (Triggers.NegationCues.MatchAt(Tokens, i) > 0) return Modality.Negated;
            if (Triggers.SpeculationCues.MatchAt(Tokens, i) > 0) return Modality.Speculative;
            planned |= Triggers.PlanCues.MatchAt(Tokens, i) > 0;
        }
        var after = trigger + triggerLength;
        if (after < Tokens.Count && Tokens[after].Folded is "not" or "n't") return Modality.Negated;
        return planned ? Modality.Planned : Modality.Asserted;
    }

    /// <summary>"Reports that Russia had agreed to sell …": what a report, claim or rumour says is not asserted.</summary>
    private bool IsReportedClaim(int clauseStart)
    {
        if (clauseStart < 2 || Tokens[clauseStart - 1].Folded != "that") return false;
        foreach (var at in new[] { clauseStart - 2, clauseStart - 4 })
        {
            // "Bloomberg reports that …" is a source speaking, asserted; "Reports that …" is a claim.
            if (at >= 0 && Triggers.ReportNouns.Contains(Tokens[at].Folded) && (at == 0 || At(at - 1) is null)) return true;
        }
        return false;
    }

    /// <summary>
    /// The party right after a verb ("lend Venezuela's state oil firm PDVSA $1.5 billion" → PDVSA): the first accepted
    /// mention within a few tokens that no preposition precedes, looking through modifiers.
    /// </summary>
    public Mention? DirectObject(int from, Func<Mention, bool> accept)
    {
        for (var i = from; i < Math.Min(Tokens.Count, from + 7); i++)
        {
            if (Words.Prepositions.Contains(Tokens[i].Folded) || IsBoundary(i)) return null;
            if (At(i) is not { } mention) continue;
            if (accept(mention) && !IsModifier(mention)) return mention;
            i = mention.EndToken - 1;
        }
        return null;
    }

    /// <summary>A mention that only qualifies the next name: "Venezuela's president Hugo Chavez", "Russian firm Rosneft".</summary>
    public bool IsModifier(Mention mention)
    {
        if (IsTitleHolder(mention)) return true;
        if (mention.Kind != MentionKind.Demonym && !mention.Possessive) return false;
        var next = Mentions.FirstOrDefault(m => m.FirstToken >= mention.EndToken && m.Kind is MentionKind.Name or MentionKind.Role);
        if (next is null || next.FirstToken - mention.EndToken > ModifierReach) return false;
        if (!Is(next, EntityType.Person, EntityType.Organization, EntityType.Product)) return false;
        for (var i = mention.EndToken; i < next.FirstToken; i++)
        {
            if (Tokens[i].Text != "'s" && !Tokens[i].IsWord || Tokens[i].Folded is "and" or "or" || Triggers.VisitVerbs.Contains(Tokens[i].Folded))
                return false;
        }
        return true;
    }

    /// <summary>"ExxonMobil chief executive Rex Tillerson": an organisation or country named before a person's title.</summary>
    private bool IsTitleHolder(Mention mention)
    {
        if (mention.Kind != MentionKind.Name || !Is(mention, EntityType.Organization, EntityType.Country)) return false;
        var i = mention.EndToken;
        var titleWords = 0;
        while (i < Tokens.Count && At(i) is null && Words.PersonTitles.MatchAt(Tokens, i) is var length and > 0)
        {
            i += length;
            titleWords++;
        }
        return titleWords > 0 && At(i) is { } person && person.Kind == MentionKind.Name && Is(person, EntityType.Person);
    }

    /// <summary>Whether a mention is the object of a preposition ("member of OPEC", "in Russia").</summary>
    public bool IsPrepositionalObject(Mention mention)
    {
        var i = mention.FirstToken - 1;
        for (var skipped = 0; i >= 0 && skipped < 4; skipped++)
        {
            if (At(i) is { } modifier && modifier != mention && (modifier.Kind == MentionKind.Demonym || modifier.Possessive))
                i = modifier.FirstToken - 1;
            else if (Tokens[i].Text == "'s" && At(i - 1) is { } possessor)
                i = possessor.FirstToken - 1;
            else if (Tokens[i].Folded is "the" or "a" or "an" || Words.PersonTitles.Contains(Tokens[i].Folded) && At(i) is null)
                i--;
            else break;
        }
        return i >= 0 && Words.Prepositions.Contains(Tokens[i].Folded) && !IsProxy(i);
    }

    /// <summary>"the heads of X and Y": the people named by a proxy noun act for X and Y.</summary>
    private bool IsProxy(int preposition) =>
        Tokens[preposition].Folded is "of" or "from" && preposition > 0 && Words.ProxyNouns.Contains(Tokens[preposition - 1].Folded);

    public Mention? At(int token) => token >= 0 && token < _mentionAt.Length ? _mentionAt[token] : null;

    /// <summary>
    /// The nearest group of coordinated mentions before a trigger in its clause ("Russia and Venezuela signed"),
    /// skipping modifiers and prepositional objects; falls back to the antecedent of a relative "who".
    /// </summary>
    public List<Mention> SubjectsBefore(int trigger, Func<Mention, bool> accept)
    {
        var start = ClauseStart(trigger);
        var group = new List<Mention>();
        for (var index = Mentions.Count - 1; index >= 0; index--)
        {
            var mention = Mentions[index];
            if (mention.EndToken > trigger || mention.FirstToken < start) continue;
            if (!accept(mention) || mention.Possessive || IsModifier(mention) || IsPrepositionalObject(mention) || IsInApposition(mention, trigger)) continue;
            if (group.Count > 0 && !SameSpan(mention, group[^1]) && !IsCoordinated(mention.EndToken, group[^1].FirstToken)) break;
            if (group.All(m => m.EntityId != mention.EntityId)) group.Add(mention);
        }
        group.Reverse();
        if (group.Count == 0 && start > 1 && IsVerbCoordination(trigger) && Tokens[start - 1].Folded is "that" or "which" or "who")
            return SubjectsBefore(start - 1, accept);
        if (group.Count == 0 && start > 2 && Tokens[start - 1].Folded is "which" or "who" && Tokens[start - 2].Text == ","
            && Enumerable.Range(start, trigger - start).Any(i => Tokens[i].Text == ","))
            return SubjectsBefore(start - 2, accept);
        if (group.Count == 0 && start > 1 && Tokens[start - 1].Folded is "who" or "which" && Tokens[start - 2].Text == ","
            && Mentions.LastOrDefault(m => m.EndToken == start - 2) is { } antecedent && accept(antecedent))
            group.Add(antecedent);
        return group;
    }

    /// <summary>The first accepted mention in [from, to) and those coordinated with it ("Belarus and Iran").</summary>
    public List<Mention> CoordinatedFrom(int from, int to, Func<Mention, bool> accept)
    {
        var group = new List<Mention>();
        foreach (var mention in Mentions.Where(m => m.FirstToken >= from && m.EndToken <= to))
        {
            if (!accept(mention) || IsModifier(mention)) continue;
            if (group.Count > 0 && !SameSpan(mention, group[^1]) && !IsCoordinated(group[^1].EndToken, mention.FirstToken)) break;
            if (group.All(m => m.EntityId != mention.EntityId)) group.Add(mention);
        }
        return group;
    }

    /// <summary>"… a factory that builds tractors and signed …": the verb after "and" shares the main clause's subject.</summary>
    private bool IsVerbCoordination(int trigger) =>
        trigger > 0 && Tokens[trigger - 1].Folded == "and" || trigger > 1 && Tokens[trigger - 2].Folded == "and" && Tokens[trigger - 1].Folded is "also" or "later" or "then";

    private static bool SameSpan(Mention a, Mention b) => a.FirstToken == b.FirstToken && a.EndToken == b.EndToken;

    /// <summary>"Gazprom Neft, the oil arm of Gazprom, signed": a mention inside an appositive between commas is not the subject.</summary>
    private bool IsInApposition(Mention mention, int trigger)
    {
        var open = -1;
        for (var i = mention.FirstToken - 1; i >= 0 && Tokens[i].Text != ","; i--) open = i;
        open = open > 0 ? open - 1 : -1;
        if (open < 0 || Tokens[open].Text != "," || open + 1 >= Tokens.Count || Tokens[open + 1].Folded is not ("the" or "a" or "an")) return false;
        for (var i = mention.EndToken; i < trigger; i++)
        {
            if (Tokens[i].Text == ",") return true;
        }
        return false;
    }

    /// <summary>Whether the tokens between two mentions join them: "and", a comma, "and then", descriptors.</summary>
    public bool IsCoordinated(int leftEnd, int rightStart)
    {
        var joined = false;
        if (rightStart - leftEnd > 6) return false;
        for (var i = leftEnd; i < rightStart; i++)
        {
            var word = Tokens[i].Folded;
            if (word is "and" or "," or "&" or "or") { joined = true; continue; }
            if (IsBoundary(i) || Words.Prepositions.Contains(word) && word != "of") return false;
            if (Triggers.VisitVerbs.Contains(word) || Triggers.SignVerbs.Contains(word)) return false;
        }
        return joined;
    }

    public MoneyAmount? FirstAmount() =>
        MoneyReader.Read(Tokens, _text).Select(a => a.Amount).OrderBy(a => a.Currency is null).FirstOrDefault();

    public IReadOnlyList<string> ItemsIn(int from, int to)
    {
        var items = new List<string>();
        foreach (var mention in Mentions.Where(m => m.FirstToken >= from && m.EndToken <= to && TypeOf(m) == EntityType.Product))
            items.Add(Entities.Get(mention.EntityId).Name);
        for (var i = Math.Max(0, from); i < Math.Min(to, Tokens.Count); i++)
        {
            var length = Triggers.GoodsNouns.MatchAt(Tokens, i);
            if (length == 0 || At(i) is not null) continue;
            items.Add(string.Join(' ', Tokens.Skip(i).Take(length).Select(t => t.Text)));
            i += length - 1;
        }
        return [.. items.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The sentence's stated date, read once per sentence whatever the number of relations in it.</summary>
    private string? DateFor(bool planned) => _dates[planned ? 1 : 0].Value;

    public ExtractedRelation Relation(Mention subject, RelationType type, Mention @object, string rule, double confidence, Modality modality) =>
        Relation(subject.EntityId, type, @object.EntityId, rule, confidence, modality);

    public ExtractedRelation Relation(string subjectId, RelationType type, string objectId, string rule, double confidence, Modality modality) =>
        new(subjectId, type, objectId, Evidence, rule, confidence)
        {
            Planned = modality == Modality.Planned,
            Date = DateFor(modality == Modality.Planned),
        };
}
