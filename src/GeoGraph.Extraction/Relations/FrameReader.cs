using System.Collections.Frozen;
using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Syntax;

namespace GeoGraph.Extraction.Relations;

/// <summary>
/// Applies the declared relation families to a sentence's parse: each clause whose verb, and each noun phrase whose
/// head, is a frame's trigger binds the frame's slots to entities; voice, modality, pairing and entity types are
/// handled here once for every family. Denied and speculative events yield nothing; planned ones are marked.
/// </summary>
internal sealed class FrameReader
{
    private readonly TriggerIndex _verbFrames;
    private readonly TriggerIndex _nounFrames;
    private readonly FrameBinder _binder;

    /// <param name="makerVerbs">Lemmas of verbs whose passive names who made a thing: "built by", "manufactured by".</param>
    public FrameReader(IReadOnlyList<RelationFamily> families, IReadOnlySet<string> makerVerbs)
    {
        _binder = new FrameBinder(makerVerbs);
        _verbFrames = new TriggerIndex(families, family => family.Verbs, "verb");
        _nounFrames = new TriggerIndex(families, family => family.Nouns, "noun");
    }

    public List<RelationCandidate> Read(SentenceParse parse, ArticleEntities entities)
    {
        var found = ScratchLists<RelationCandidate>.RentForSentence();
        // The frames a clause or noun has triggered, read only while this sentence's frames are.
        var seen = ScratchList<FrameReader, Frame>.Rent();
        var bindings = Bindings.Rent(parse);
        foreach (var clause in parse.Clauses)
        {
            if (clause.Modality is Modality.Negated or Modality.Speculative) continue;
            seen.Clear();
            // Most specific first: the passive form a frame is written for ("be involve"), the verb with its particle
            // ("team up") or with its object ("put pen"), then the lemma; each frame once, by the first that names it.
            var verb = clause.Verb;
            if (verb.Passive) ReadClause(clause, _verbFrames.For("be", verb.Lemma), writtenForPassive: true);
            if (verb.Particle is { } particle) ReadClause(clause, _verbFrames.For(verb.Lemma, particle), writtenForPassive: false);
            if (clause.Objects.Count > 0 && clause.Objects[0].HeadLemma is { } objectHead) ReadClause(clause, _verbFrames.For(verb.Lemma, objectHead), writtenForPassive: false);
            ReadClause(clause, _verbFrames.For(verb.Lemma), writtenForPassive: false);
        }
        foreach (var noun in parse.Nouns)
        {
            if (noun.Modality is Modality.Negated or Modality.Speculative || noun.Noun.HeadLemma is not { } head) continue;
            seen.Clear();
            if (noun.Noun.Qualifiers.Count > 0) ReadNoun(noun, _nounFrames.For(noun.Noun.Qualifiers[^1], head));
            ReadNoun(noun, _nounFrames.For(head));
        }
        return found;

        void ReadClause(Clause clause, TriggeredFrame[] triggered, bool writtenForPassive)
        {
            foreach (var (family, frame, rule) in triggered)
            {
                if (seen.Contains(frame)) continue;
                seen.Add(frame);
                if (frame.ObjectNouns is { } required && !NamesRequiredNoun(clause, required)) continue;
                _binder.Bind(bindings, family, frame, clause, parse, entities, writtenForPassive);
                var items = family.Goods is null ? [] : FrameBinder.Items(family, clause, entities);
                PartyPairing.Emit(found, family, frame, bindings, clause.Modality, rule, items, entities);
            }
        }

        void ReadNoun(NounInContext noun, TriggeredFrame[] triggered)
        {
            foreach (var (family, frame, rule) in triggered)
            {
                if (seen.Contains(frame)) continue;
                seen.Add(frame);
                _binder.Bind(bindings, family, frame, noun, parse);
                var before = found.Count;
                PartyPairing.Emit(found, family, frame, bindings, noun.Modality, rule, [], entities);
                for (var c = before; c < found.Count; c++) found[c] = found[c] with { ByNoun = true };
            }
        }
    }

    /// <summary>"received $2bn in loans", "won an order worth …": the named thing may follow the object in a phrase.</summary>
    private static bool NamesRequiredNoun(Clause clause, FrozenSet<string> required)
    {
        if (clause.Verb.Passive ? NamesAny(clause.Subjects, required) : NamesAny(clause.Objects, required) || clause.SecondObject is { } second && IsNamedBy(second, required))
            return true;
        for (var i = 0; i < clause.Prepositions.Count; i++)
        {
            if (clause.Prepositions[i] is { Preposition: "in" or "of" } phrase && NamesAny(phrase.Objects, required)) return true;
        }
        return false;
    }

    private static bool NamesAny(List<NounPhrase> nouns, FrozenSet<string> required)
    {
        for (var i = 0; i < nouns.Count; i++)
        {
            if (IsNamedBy(nouns[i], required)) return true;
        }
        return false;
    }

    /// <summary>Whether a noun phrase is one of the nouns; "$amount" in the list stands for any sum of money.</summary>
    private static bool IsNamedBy(NounPhrase noun, FrozenSet<string> nouns) =>
        noun.IsAmount && nouns.Contains("$amount")
        || noun.HeadLemma is { } head && (nouns.Contains(head) || noun.Qualifiers.Count > 0 && WordPair.In(nouns, noun.Qualifiers[^1], head));
}
