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
                case "object":
                    bindings.AddReferents(end, passive ? clause.Subjects : clause.Objects);
                    break;
                case "second":
                    if (clause.SecondObject is { } second) bindings.AddReferents(end, [second]);
                    break;
                case "goodsOwner":
                    bindings.Add(end, GoodsOwners(family, clause.Objects.Concat(clause.Prepositional("for")).Concat(clause.Prepositional("of"))));
                    break;
                case "maker":
                    bindings.Add(end, Makers(parse, passive ? clause.Subjects : clause.Objects));
                    break;
                case "complement":
                    if (clause.Complement is not { } complement) break;
                    bindings.Add(end, ComplementParties(complement).SelectMany(parse.ReferentsOf));
                    bindings.Add(end, Makers(complement, entities));
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
            bindings.Add(host, HostCountries(clause, parse, entities));
    }

    /// <summary>Whether the clause names the thing itself ("loans"), not just a sum: a host country lends only an explicit loan.</summary>
    private static bool NamesLoan(Frame frame, Clause clause) =>
        clause.Objects.Concat(clause.Prepositional("in")).Any(o => o.HeadLemma is { } head && frame.ObjectNouns?.Contains(head) == true);

    /// <summary>
    /// "received $2bn in loans during his visit to Moscow": with no lender named, a loan received in a country was lent
    /// by that country's government. The mention of the place stands for its country.
    /// </summary>
    private static IEnumerable<Mention> HostCountries(Clause clause, SentenceParse parse, ArticleEntities entities)
    {
        foreach (var phrase in clause.Prepositions.Where(p => p.Preposition is "in" or "to"))
        {
            foreach (var place in phrase.Objects.SelectMany(parse.ReferentsOf))
            {
                if (entities.TypeOf(place.EntityId) is EntityType.City or EntityType.Country && entities.CountryOf(place.EntityId) is { } country)
                    yield return place with { EntityId = country, Kind = MentionKind.Metonym };
            }
        }
    }

    /// <summary>
    /// "K2 tanks, which are manufactured by Hyundai Rotem, have been sold to Poland": whoever the sentence says makes
    /// the goods ("made", "built", "manufactured by") sold them.
    /// </summary>
    private IEnumerable<Mention> Makers(SentenceParse parse, List<NounPhrase> goods)
    {
        foreach (var made in parse.Clauses)
        {
            if (!made.Verb.Passive || !makerVerbs.Contains(made.Verb.Lemma) || !made.Subjects.Any(goods.Contains)) continue;
            foreach (var maker in made.Prepositional("by").SelectMany(parse.ReferentsOf)) yield return maker;
        }
    }

    /// <summary>"ordered 30 Boeing jets", "buy Russian weapons": an entity qualifying the goods is their maker or seller.</summary>
    private static IEnumerable<Mention> GoodsOwners(RelationFamily family, IEnumerable<NounPhrase> things)
    {
        foreach (var noun in things)
        {
            if (noun.IsModel)
            {
                foreach (var maker in noun.Referents) yield return maker;
                continue;
            }
            if (noun.HeadLemma is not { } head || family.Goods?.Contains(head) != true) continue;
            foreach (var modifier in noun.Modifiers)
            {
                if (modifier.Kind is not (MentionKind.Pronoun or MentionKind.Role)) yield return modifier;
            }
        }
    }

    /// <summary>"sealed a deal to buy 30 Airbus A320 jets", "… 20 Boeing 737s": the maker named with a model is the other side of the deal.</summary>
    private static IEnumerable<Mention> Makers(Clause complement, ArticleEntities entities)
    {
        foreach (var goods in complement.Objects)
        {
            if (goods.IsModel) foreach (var maker in goods.Referents) yield return maker;
            if (!goods.Modifiers.Any(m => entities.TypeOf(m.EntityId) == EntityType.Product)) continue;
            foreach (var maker in goods.Modifiers.Where(m => entities.TypeOf(m.EntityId) == EntityType.Organization)) yield return maker;
        }
    }

    /// <summary>"agreed to buy jets from Russia", "signed a deal to supply gas to China": the other side of the governed trade.</summary>
    private static IEnumerable<NounPhrase> ComplementParties(Clause complement) =>
        complement.Objects.Concat(complement.Prepositional("from")).Concat(complement.Prepositional("to")).Concat(complement.Prepositional("with"));

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
                    bindings.Add(end, GoodsOwners(family, noun.Attachments.Where(a => a.Preposition is "for" or "of").SelectMany(a => a.Objects).Prepend(noun.Noun)));
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
        var items = new List<string>();
        if (clause.Verb.Passive)
        {
            foreach (var noun in clause.Subjects) AddItems(items, family, noun, entities);
        }
        else
        {
            foreach (var noun in clause.Objects) AddItems(items, family, noun, entities);
            if (clause.SecondObject is { } second) AddItems(items, family, second, entities);
        }
        foreach (var phrase in clause.Prepositions)
        {
            if (phrase.Preposition != "for") continue;
            foreach (var noun in phrase.Objects) AddItems(items, family, noun, entities);
        }
        return items;
    }

    private static void AddItems(List<string> items, RelationFamily family, NounPhrase noun, ArticleEntities entities)
    {
        if (noun.HeadLemma is { } head && family.Goods!.Contains(head) && noun.HeadText is { } text) AddOnce(items, text);
        for (var i = 0; i < noun.Referents.Count; i++) AddProduct(items, noun.Referents[i], entities);
        for (var i = 0; i < noun.Modifiers.Count; i++) AddProduct(items, noun.Modifiers[i], entities);
    }

    private static void AddProduct(List<string> items, Mention named, ArticleEntities entities)
    {
        if (entities.TypeOf(named.EntityId) == EntityType.Product) AddOnce(items, entities.Get(named.EntityId).Name);
    }

    private static void AddOnce(List<string> items, string item)
    {
        if (!items.Contains(item, StringComparer.Ordinal)) items.Add(item);
    }
}
