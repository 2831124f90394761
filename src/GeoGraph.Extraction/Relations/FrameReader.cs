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

    private readonly FrameBinder _binder;

    /// <summary>Indexes every frame by its trigger lemmas, so a clause costs a few look-ups whatever the number of families.</summary>
    /// <param name="makerVerbs">Lemmas of verbs whose passive names who made a thing: "built by", "manufactured by".</param>
    public FrameReader(IReadOnlyList<RelationFamily> families, IReadOnlySet<string> makerVerbs)
    {
        _binder = new FrameBinder(makerVerbs);
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
                var bindings = _binder.Bind(family, frame, clause, parse, entities);
                var items = family.Goods is null ? [] : FrameBinder.Items(family, clause, entities);
                PartyPairing.Emit(found, family, frame, bindings, clause.Modality, $"{family.RuleName}.verb.{trigger}", items, entities);
            }
        }
        foreach (var noun in parse.Nouns)
        {
            if (noun.Modality is Modality.Negated or Modality.Speculative || noun.Noun.HeadLemma is not { } head) continue;
            var triggers = noun.Noun.Qualifiers.Count > 0 ? [noun.Noun.Qualifiers[^1] + " " + head, head] : new[] { head };
            foreach (var (family, frame, trigger) in Triggered(_nounFrames, triggers))
            {
                var bindings = _binder.Bind(family, frame, noun, parse);
                var before = found.Count;
                PartyPairing.Emit(found, family, frame, bindings, noun.Modality, $"{family.RuleName}.noun.{trigger}", [], entities);
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
}
