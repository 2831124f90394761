using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Syntax;

namespace GeoGraph.Extraction.Relations;

/// <summary>
/// Fills a frame's slots from a clause or a noun phrase: the grammatical places (in either voice), prepositions, the
/// complement's parties, the owner of a noun, the subject a noun inherits; and the fallbacks read only when a slot
/// found nobody — the maker or owner of the goods, the country where a loan was received.
/// </summary>
/// <param name="makerVerbs">Lemmas of verbs whose passive names who made a thing: "built by", "manufactured by".</param>
internal sealed class FrameBinder(IReadOnlySet<string> makerVerbs)
{
    /// <summary>Fills <paramref name="bindings"/>, emptied first, with the parties of a clause's frame.</summary>
    /// <param name="writtenForPassive">Whether the frame was found by its passive trigger ("be involved in"): it then reads the passive clause as it stands.</param>
    public void Bind(Bindings bindings, RelationFamily family, Frame frame, Clause clause, SentenceParse parse, ArticleEntities entities, bool writtenForPassive)
    {
        bindings.Clear();
        var passive = clause.Verb.Passive && !writtenForPassive;
        foreach (var (slot, end) in frame.SlotsInReadingOrder)
        {
            if (Frame.IsFallback(slot) && bindings.Has(end)) continue;
            switch (slot)
            {
                case "subject" when !passive:
                    bindings.AddReferents(end, clause.Subjects);
                    break;
                case "subject":
                    if (!frame.Slots.ContainsKey("by")) bindings.AddReferents(end, clause.Prepositions, "by");
                    break;
                case "object" when passive:
                    bindings.AddReferents(end, clause.Subjects);
                    break;
                case "object":
                    // "exported Abdala to Venezuela": with the receiver named after "to", the direct object is the thing given.
                    var receiverAfterTo = frame.Slots.TryGetValue("to", out var to) && to == end && NamesAnyone(parse, clause.Prepositions, "to");
                    if (!receiverAfterTo) bindings.AddReferents(end, clause.Objects);
                    break;
                case "second":
                    if (clause.SecondObject is { } second) bindings.AddReferents(end, [second]);
                    break;
                case "goodsOwner":
                    foreach (var noun in clause.Objects) AddGoodsOwners(bindings, end, family, noun);
                    AddGoodsOwners(bindings, end, family, clause.Prepositions, "for");
                    AddGoodsOwners(bindings, end, family, clause.Prepositions, "of");
                    break;
                case "maker":
                    AddMakers(bindings, end, parse, passive ? clause.Subjects : clause.Objects);
                    break;
                case "complement":
                    if (clause.Complement is not { } complement) break;
                    AddComplementParties(bindings, end, complement);
                    AddMakers(bindings, end, complement);
                    break;
                case "governor":
                    if (clause.Verb.Form == VerbForm.Participle && GoverningClause(parse, clause) is { } governing)
                    {
                        if (governing.Verb.Passive) bindings.AddReferents(end, governing.Prepositions, "by");
                        else bindings.AddReferents(end, governing.Subjects);
                    }
                    break;
                case "hostPlace":
                    break;
                default:
                    bindings.AddReferents(end, clause.Prepositions, slot);
                    if (end == RelationEnd.Object && clause.HasPrepositional(slot)) bindings.ObjectStated = true;
                    break;
            }
        }
        if (frame.Slots.TryGetValue("hostPlace", out var host) && bindings.Subjects.Count == 0 && bindings.Both.Count == 0 && NamesLoan(frame, clause))
            AddHostCountries(bindings, host, clause, parse, entities);
    }

    private static bool IsDoneUnder(PrepositionalPhrase phrase, NounPhrase deal) =>
        phrase.Preposition is "under" or "through" && phrase.Objects.Contains(deal);

    private static bool NamesAnyone(SentenceParse parse, IReadOnlyList<PrepositionalPhrase> phrases, string preposition)
    {
        for (var i = 0; i < phrases.Count; i++)
        {
            if (phrases[i].Preposition != preposition) continue;
            foreach (var noun in phrases[i].Objects)
            {
                if (parse.ReferentsOf(noun).Count > 0) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "The corvettes were built by ASFAT under a contract signed with Pakistan": the clause in whose "under" or
    /// "through" phrase stands the noun a participle qualifies; or, when such a phrase opens the sentence ("Under a deal
    /// signed with Egypt, Siemens is building …"), the first full clause after the participle's.
    /// </summary>
    private static Clause? GoverningClause(SentenceParse parse, Clause participle)
    {
        if (participle.Subjects.Count != 1) return null;
        var noun = participle.Subjects[0];
        foreach (var clause in parse.Clauses)
        {
            if (clause == participle) continue;
            for (var i = 0; i < clause.Prepositions.Count; i++)
            {
                if (IsDoneUnder(clause.Prepositions[i], noun)) return clause;
            }
        }
        if (parse.Opening is not { } opening || !IsDoneUnder(opening, noun)) return null;
        foreach (var clause in parse.Clauses)
        {
            if (clause.Verb is { Form: VerbForm.Finite } verb && verb.Start > participle.Verb.End && clause.Subjects.Count > 0 && !clause.Subjects.Contains(noun)) return clause;
        }
        return null;
    }

    /// <summary>Whether the clause names the thing itself ("loans"), not just a sum: a host country lends only an explicit loan.</summary>
    private static bool NamesLoan(Frame frame, Clause clause)
    {
        foreach (var noun in clause.Objects)
        {
            if (IsLoan(frame, noun)) return true;
        }
        for (var i = 0; i < clause.Prepositions.Count; i++)
        {
            if (clause.Prepositions[i] is not { Preposition: "in" } phrase) continue;
            foreach (var noun in phrase.Objects)
            {
                if (IsLoan(frame, noun)) return true;
            }
        }
        return false;
    }

    private static bool IsLoan(Frame frame, NounPhrase noun) => noun.HeadLemma is { } head && frame.ObjectNouns?.Contains(head) == true;

    /// <summary>
    /// "received $2bn in loans during his visit to Moscow", "travelled to Moscow to receive $2bn in loans": with no lender
    /// named, a loan received in a country, or on a trip there, was lent by that country's government. The mention of the
    /// place stands for its country.
    /// </summary>
    private static void AddHostCountries(Bindings bindings, RelationEnd end, Clause clause, SentenceParse parse, ArticleEntities entities)
    {
        AddHostCountriesOf(bindings, end, clause, parse, entities);
        foreach (var trip in parse.Clauses)
        {
            if (trip.Complement == clause) AddHostCountriesOf(bindings, end, trip, parse, entities);
        }
    }

    private static void AddHostCountriesOf(Bindings bindings, RelationEnd end, Clause clause, SentenceParse parse, ArticleEntities entities)
    {
        for (var i = 0; i < clause.Prepositions.Count; i++)
        {
            if (clause.Prepositions[i] is not { Preposition: "in" or "to" } phrase) continue;
            foreach (var noun in phrase.Objects)
            {
                foreach (var place in parse.ReferentsOf(noun))
                {
                    if (place.EntityType is EntityType.City or EntityType.Country && entities.CountryOf(place.EntityId) is { } country)
                        bindings.Add(end, entities.Metonym(place, country));
                }
            }
        }
    }

    /// <summary>
    /// "K2 tanks, which are manufactured by Hyundai Rotem, have been sold to Poland": whoever the sentence says makes
    /// the goods ("made", "built", "manufactured by") sold them.
    /// </summary>
    private void AddMakers(Bindings bindings, RelationEnd end, SentenceParse parse, List<NounPhrase> goods)
    {
        foreach (var made in parse.Clauses)
        {
            if (!made.Verb.Passive || !makerVerbs.Contains(made.Verb.Lemma) || !AnyOf(made.Subjects, goods)) continue;
            bindings.AddReferents(end, made.Prepositions, "by");
        }
    }

    private static bool AnyOf(List<NounPhrase> nouns, List<NounPhrase> among)
    {
        foreach (var noun in nouns)
        {
            if (among.Contains(noun)) return true;
        }
        return false;
    }

    /// <summary>"ordered 30 Boeing jets", "buy Russian weapons": an entity qualifying the goods is their maker or seller.</summary>
    private static void AddGoodsOwners(Bindings bindings, RelationEnd end, RelationFamily family, NounPhrase noun)
    {
        if (noun.IsModel)
        {
            foreach (var maker in noun.Referents) bindings.Add(end, maker);
            return;
        }
        if (noun.HeadLemma is not { } head || family.Goods?.Contains(head) != true) return;
        foreach (var modifier in noun.Modifiers)
        {
            if (modifier.Kind is not (MentionKind.Pronoun or MentionKind.Role)) bindings.Add(end, modifier);
        }
    }

    private static void AddGoodsOwners(Bindings bindings, RelationEnd end, RelationFamily family, IReadOnlyList<PrepositionalPhrase> phrases, string preposition)
    {
        for (var i = 0; i < phrases.Count; i++)
        {
            if (phrases[i].Preposition != preposition) continue;
            foreach (var noun in phrases[i].Objects) AddGoodsOwners(bindings, end, family, noun);
        }
    }

    /// <summary>"sealed a deal to buy 30 Airbus A320 jets", "… 20 Boeing 737s": the maker named with a model is the other side of the deal.</summary>
    private static void AddMakers(Bindings bindings, RelationEnd end, Clause complement)
    {
        foreach (var goods in complement.Objects)
        {
            if (goods.IsModel) foreach (var maker in goods.Referents) bindings.Add(end, maker);
            if (!AnyOfType(goods.Modifiers, EntityType.Product)) continue;
            foreach (var maker in goods.Modifiers)
            {
                if (maker.EntityType == EntityType.Organization) bindings.Add(end, maker);
            }
        }
    }

    private static bool AnyOfType(List<Mention> mentions, EntityType type)
    {
        foreach (var mention in mentions)
        {
            if (mention.EntityType == type) return true;
        }
        return false;
    }

    /// <summary>"agreed to buy jets from Russia", "signed a deal to supply gas to China": the other side of the governed trade.</summary>
    private static void AddComplementParties(Bindings bindings, RelationEnd end, Clause complement)
    {
        bindings.AddReferents(end, complement.Objects);
        bindings.AddReferents(end, complement.Prepositions, "from");
        bindings.AddReferents(end, complement.Prepositions, "to");
        bindings.AddReferents(end, complement.Prepositions, "with");
    }

    /// <summary>Fills <paramref name="bindings"/>, emptied first, with the parties of a noun's frame.</summary>
    public void Bind(Bindings bindings, RelationFamily family, Frame frame, NounInContext noun, SentenceParse parse)
    {
        bindings.Clear();
        foreach (var (slot, end) in frame.SlotsInReadingOrder)
        {
            if (Frame.IsFallback(slot) && bindings.Has(end)) continue;
            switch (slot)
            {
                case "owner":
                    AddOwners(bindings, end, noun.Noun);
                    break;
                case "inherit":
                    if (noun.ObjectOf is { Verb.Passive: false } clause) bindings.AddReferents(end, clause.Subjects);
                    break;
                case "goodsOwner":
                    AddGoodsOwners(bindings, end, family, noun.Noun);
                    for (var i = 0; i < noun.Attachments.Count; i++)
                    {
                        if (noun.Attachments[i] is not { Preposition: "for" or "of" } attachment) continue;
                        foreach (var thing in attachment.Objects) AddGoodsOwners(bindings, end, family, thing);
                    }
                    break;
                default:
                    bindings.AddReferents(end, noun.Attachments, slot);
                    break;
            }
        }
    }

    private static void AddOwners(Bindings bindings, RelationEnd end, NounPhrase noun)
    {
        foreach (var modifier in noun.Modifiers)
        {
            if (modifier.Kind != MentionKind.Role) bindings.Add(end, modifier);
        }
    }

    /// <summary>
    /// The things traded: goods named by a noun ("tanks") or by a product's name ("S-300"), in the object, a "for"
    /// phrase ("a contract for two submarines") or qualifying the object ("a C-390 contract").
    /// </summary>
    public static IReadOnlyList<string> Items(RelationFamily family, Clause clause, ArticleEntities entities)
    {
        // Most clauses name no goods: the list, which goes into the graph, is made with the first.
        List<string>? items = null;
        if (clause.Verb.Passive)
        {
            foreach (var noun in clause.Subjects) AddItems(ref items, family, noun, entities);
        }
        else
        {
            foreach (var noun in clause.Objects) AddItems(ref items, family, noun, entities);
            if (clause.SecondObject is { } second) AddItems(ref items, family, second, entities);
        }
        for (var i = 0; i < clause.Prepositions.Count; i++)
        {
            if (clause.Prepositions[i].Preposition != "for") continue;
            foreach (var noun in clause.Prepositions[i].Objects) AddItems(ref items, family, noun, entities);
        }
        return items ?? (IReadOnlyList<string>)[];
    }

    private static void AddItems(ref List<string>? items, RelationFamily family, NounPhrase noun, ArticleEntities entities)
    {
        if (noun.HeadLemma is { } head && family.Goods!.Contains(head) && noun.HeadText is { } text) AddOnce(ref items, text);
        for (var i = 0; i < noun.Referents.Count; i++) AddProduct(ref items, noun.Referents[i]);
        for (var i = 0; i < noun.Modifiers.Count; i++) AddProduct(ref items, noun.Modifiers[i]);
    }

    private static void AddProduct(ref List<string>? items, Mention named)
    {
        if (named.EntityType == EntityType.Product) AddOnce(ref items, named.EntityName);
    }

    private static void AddOnce(ref List<string>? items, string item)
    {
        if (items?.Contains(item, StringComparer.Ordinal) != true) (items ??= []).Add(item);
    }
}
