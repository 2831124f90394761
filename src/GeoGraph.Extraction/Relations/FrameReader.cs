using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Syntax;

namespace GeoGraph.Extraction.Relations;

/// <summary>
/// Applies the declared relation families to a sentence's parse: each clause whose verb, and each noun phrase whose
/// head, is a frame's trigger binds the frame's slots to entities; voice, modality, pairing and entity types are
/// handled here once for every family. Denied and speculative events yield nothing; planned ones are marked.
/// </summary>
internal sealed class FrameReader
{
    private readonly Dictionary<string, List<(RelationFamily Family, Frame Frame)>> _verbFrames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(RelationFamily Family, Frame Frame)>> _nounFrames = new(StringComparer.Ordinal);

    private readonly IReadOnlySet<string> _makerVerbs;

    /// <summary>Indexes every frame by its trigger lemmas, so a clause costs a few look-ups whatever the number of families.</summary>
    /// <param name="makerVerbs">Lemmas of verbs whose passive names who made a thing: "built by", "manufactured by".</param>
    public FrameReader(IReadOnlyList<RelationFamily> families, IReadOnlySet<string> makerVerbs)
    {
        _makerVerbs = makerVerbs;
        foreach (var family in families)
        {
            foreach (var frame in family.Verbs) Index(_verbFrames, family, frame);
            foreach (var frame in family.Nouns) Index(_nounFrames, family, frame);
        }
    }

    private static void Index(Dictionary<string, List<(RelationFamily, Frame)>> index, RelationFamily family, Frame frame)
    {
        foreach (var lemma in frame.Lemmas.Where(l => !l.StartsWith('$')))
        {
            if (!index.TryGetValue(lemma, out var frames)) index[lemma] = frames = [];
            frames.Add((family, frame));
        }
    }

    public List<RelationCandidate> Read(SentenceParse parse, ArticleEntities entities)
    {
        var found = new List<RelationCandidate>();
        foreach (var clause in parse.Clauses)
        {
            if (clause.Modality is Modality.Negated or Modality.Speculative) continue;
            foreach (var (family, frame, trigger) in Triggered(_verbFrames, VerbTriggers(clause)))
            {
                if (frame.ObjectNouns is { } required && !NamesRequiredNoun(clause, required)) continue;
                var bindings = BindVerb(family, frame, clause, parse, entities);
                var items = family.Goods is null ? [] : Items(family, clause, entities);
                Emit(found, family, frame, bindings, clause.Modality, $"{family.Type.Name().ToLowerInvariant()}.verb.{trigger}", items, entities);
            }
        }
        foreach (var noun in parse.Nouns)
        {
            if (noun.Modality is Modality.Negated or Modality.Speculative || noun.Noun.HeadLemma is not { } head) continue;
            var triggers = noun.Noun.Qualifiers.Count > 0 ? [noun.Noun.Qualifiers[^1] + " " + head, head] : new[] { head };
            foreach (var (family, frame, trigger) in Triggered(_nounFrames, triggers))
            {
                var bindings = BindNoun(family, frame, noun, parse);
                var before = found.Count;
                Emit(found, family, frame, bindings, noun.Modality, $"{family.Type.Name().ToLowerInvariant()}.noun.{trigger}", [], entities);
                for (var c = before; c < found.Count; c++) found[c] = found[c] with { ByNoun = true };
            }
        }
        return found;
    }

    /// <summary>The frames the triggers name, each once, with the first (most specific) trigger that names it.</summary>
    private static IEnumerable<(RelationFamily Family, Frame Frame, string Trigger)> Triggered(
        Dictionary<string, List<(RelationFamily Family, Frame Frame)>> index, IEnumerable<string> triggers)
    {
        List<Frame>? seen = null;
        foreach (var trigger in triggers)
        {
            if (!index.TryGetValue(trigger, out var frames)) continue;
            foreach (var (family, frame) in frames)
            {
                if (seen?.Contains(frame) == true) continue;
                (seen ??= []).Add(frame);
                yield return (family, frame, trigger);
            }
        }
    }

    /// <summary>
    /// What a clause's verb can trigger, most specific first: the passive form a frame is written for ("be involve"),
    /// the verb with its particle ("team up") or with its object ("put pen"), then the lemma.
    /// </summary>
    private static IEnumerable<string> VerbTriggers(Clause clause)
    {
        var verb = clause.Verb;
        if (verb.Passive) yield return "be " + verb.Lemma;
        if (verb.Particle is { } particle) yield return verb.Lemma + " " + particle;
        if (clause.Objects.Count > 0 && clause.Objects[0].HeadLemma is { } head) yield return verb.Lemma + " " + head;
        yield return verb.Lemma;
    }

    /// <summary>"received $2bn in loans", "won an order worth …": the named thing may follow the object in a phrase.</summary>
    private static bool NamesRequiredNoun(Clause clause, IReadOnlySet<string> required)
    {
        var objects = (clause.Verb.Passive ? clause.Subjects : clause.Objects.Append(clause.SecondObject))
            .Concat(clause.Prepositional("in")).Concat(clause.Prepositional("of"));
        return objects.Any(o => o is not null && IsNamedBy(o, required));
    }

    /// <summary>Whether a noun phrase is one of the nouns; "$amount" in the list stands for any sum of money.</summary>
    private static bool IsNamedBy(NounPhrase noun, IReadOnlySet<string> nouns) =>
        noun.IsAmount && nouns.Contains("$amount")
        || noun.HeadLemma is { } head && (nouns.Contains(head) || noun.Qualifiers.Count > 0 && nouns.Contains(noun.Qualifiers[^1] + " " + head));

    private sealed class Bindings
    {
        public List<Mention> Subjects { get; } = [];
        public List<Mention> Objects { get; } = [];
        public List<Mention> Both { get; } = [];

        /// <summary>Whether a phrase filled an object slot, named or not: "signed … with the Economic Community …".</summary>
        public bool ObjectStated { get; set; }

        public void Add(RelationEnd end, IEnumerable<Mention> mentions) => For(end).AddRange(mentions);

        /// <summary>Whether an end is bound already: the maker of the goods stands in for a seller only when none is named.</summary>
        public bool Has(RelationEnd end) => For(end).Count > 0;

        private List<Mention> For(RelationEnd end) => end switch
        {
            RelationEnd.Subject => Subjects,
            RelationEnd.Object => Objects,
            _ => Both,
        };
    }

    private Bindings BindVerb(RelationFamily family, Frame frame, Clause clause, SentenceParse parse, ArticleEntities entities)
    {
        IEnumerable<Mention> Referents(IEnumerable<NounPhrase> nouns) => nouns.SelectMany(parse.ReferentsOf);

        var bindings = new Bindings();
        // A frame written for the passive ("be involved in") reads the passive clause as it stands.
        var passive = clause.Verb.Passive && !frame.Lemmas.Contains("be " + clause.Verb.Lemma);
        foreach (var (slot, end) in frame.Slots.OrderBy(s => IsFallback(s.Key)))
        {
            if (IsFallback(slot) && bindings.Has(end)) continue;
            var mentions = slot switch
            {
                "subject" => passive ? (frame.Slots.ContainsKey("by") ? [] : Referents(clause.Prepositional("by"))) : Referents(clause.Subjects),
                "object" => passive ? Referents(clause.Subjects) : Referents(clause.Objects),
                "second" => clause.SecondObject is { } second ? parse.ReferentsOf(second) : [],
                "goodsOwner" => GoodsOwners(family, clause.Objects.Concat(clause.Prepositional("for")).Concat(clause.Prepositional("of"))),
                "maker" => Makers(parse, passive ? clause.Subjects : clause.Objects),
                "complement" => clause.Complement is { } complement ? Referents(ComplementParties(complement)) : [],
                "hostPlace" => [],
                _ => Referents(clause.Prepositional(slot)),
            };
            bindings.Add(end, mentions);
            if (end == RelationEnd.Object && slot is not ("subject" or "object" or "second" or "goodsOwner" or "complement" or "hostPlace")
                && clause.Prepositional(slot).Any()) bindings.ObjectStated = true;
        }
        if (frame.Slots.TryGetValue("hostPlace", out var host) && bindings.Subjects.Count == 0 && bindings.Both.Count == 0 && NamesLoan(frame, clause))
            bindings.Add(host, HostCountries(clause, parse, entities));
        return bindings;
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

    /// <summary>Slots read only when no other slot named that end: the maker of the goods stands in for an unnamed seller.</summary>
    private static bool IsFallback(string slot) => slot is "goodsOwner" or "maker";

    /// <summary>
    /// "K2 tanks, which are manufactured by Hyundai Rotem, have been sold to Poland": whoever the sentence says makes
    /// the goods ("made", "built", "manufactured by") sold them.
    /// </summary>
    private IEnumerable<Mention> Makers(SentenceParse parse, IReadOnlyList<NounPhrase> goods)
    {
        foreach (var made in parse.Clauses)
        {
            if (!made.Verb.Passive || !_makerVerbs.Contains(made.Verb.Lemma) || !made.Subjects.Any(goods.Contains)) continue;
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

    /// <summary>"agreed to buy jets from Russia", "signed a deal to supply gas to China": the other side of the governed trade.</summary>
    private static IEnumerable<NounPhrase> ComplementParties(Clause complement) =>
        complement.Objects.Concat(complement.Prepositional("from")).Concat(complement.Prepositional("to")).Concat(complement.Prepositional("with"));

    private static Bindings BindNoun(RelationFamily family, Frame frame, NounInContext noun, SentenceParse parse)
    {
        IEnumerable<Mention> Referents(IEnumerable<NounPhrase> nouns) => nouns.SelectMany(parse.ReferentsOf);
        var bindings = new Bindings();
        foreach (var (slot, end) in frame.Slots.OrderBy(s => IsFallback(s.Key)))
        {
            if (IsFallback(slot) && bindings.Has(end)) continue;
            var mentions = slot switch
            {
                "owner" => Owners(noun.Noun),
                "inherit" => noun.ObjectOf is { Verb.Passive: false } clause ? Referents(clause.Subjects) : [],
                "goodsOwner" => GoodsOwners(family, noun.Attachments.Where(a => a.Preposition is "for" or "of").SelectMany(a => a.Objects).Prepend(noun.Noun)),
                _ => Referents(noun.Attachments.Where(a => a.Preposition == slot).SelectMany(a => a.Objects)),
            };
            bindings.Add(end, mentions);
        }
        return bindings;
    }

    private static IEnumerable<Mention> Owners(NounPhrase noun) => noun.Modifiers.Where(m => m.Kind != MentionKind.Role);

    /// <summary>The things traded: goods named by a noun ("tanks") or by a product's name ("S-300").</summary>
    /// <summary>
    /// The things traded: goods named by a noun ("tanks") or by a product's name ("S-300"), in the object, a "for"
    /// phrase ("a contract for two submarines") or qualifying the object ("a C-390 contract").
    /// </summary>
    private static List<string> Items(RelationFamily family, Clause clause, ArticleEntities entities)
    {
        var items = new List<string>();
        var things = (clause.Verb.Passive ? clause.Subjects : clause.Objects.Append(clause.SecondObject)).Concat(clause.Prepositional("for"));
        foreach (var noun in things)
        {
            if (noun is null) continue;
            if (noun.HeadLemma is { } head && family.Goods!.Contains(head) && noun.HeadText is { } text) items.Add(text);
            items.AddRange(noun.Referents.Concat(noun.Modifiers).Where(r => entities.TypeOf(r.EntityId) == EntityType.Product).Select(r => entities.Get(r.EntityId).Name));
        }
        return [.. items.Distinct(StringComparer.Ordinal)];
    }

    private static void Emit(List<RelationCandidate> found, RelationFamily family, Frame frame, Bindings bindings, Modality modality, string rule,
        IReadOnlyList<string> items, ArticleEntities entities)
    {
        void Add(Mention subject, Mention @object)
        {
            if (subject.EntityId == @object.EntityId || !family.Accepts(entities.TypeOf(subject.EntityId), entities.TypeOf(@object.EntityId))) return;
            if (frame.Abroad && entities.CountryOf(@object.EntityId) is { } country && country == entities.CountryOf(subject.EntityId)) return;
            found.Add(new RelationCandidate(family, subject.EntityId, @object.EntityId, modality, rule, items));
        }

        if (frame.Oriented is var (subjectType, objectType))
        {
            var parties = bindings.Subjects.Concat(bindings.Objects).Concat(bindings.Both).ToList();
            if (items.Count == 0) return;
            foreach (var subject in parties.Where(p => entities.TypeOf(p.EntityId) == subjectType))
            {
                foreach (var @object in parties.Where(p => entities.TypeOf(p.EntityId) == objectType)) Add(subject, @object);
            }
            return;
        }

        // Only entities of the accepted types take part: "signed an agreement to develop the Carabobo 2 block" names no counterpart.
        var subjects = bindings.Subjects.Where(m => family.SubjectTypes.Contains(entities.TypeOf(m.EntityId))).ToList();
        var objects = bindings.Objects.Where(m => family.ObjectTypes.Contains(entities.TypeOf(m.EntityId))).ToList();
        if (family.Symmetric)
        {
            // "X and Y signed": the subjects pair up only when no counterpart is stated after them.
            var parties = bindings.Both.Concat(objects.Count == 0 && !bindings.ObjectStated ? subjects : []).ToList();
            for (var i = 0; i < parties.Count; i++)
            {
                for (var j = i + 1; j < parties.Count; j++) Add(parties[i], parties[j]);
            }
            if (objects.Count == 0) return;
            subjects = [.. subjects, .. bindings.Both];
        }
        foreach (var subject in subjects)
        {
            foreach (var @object in objects) Add(subject, @object);
        }
    }
}
