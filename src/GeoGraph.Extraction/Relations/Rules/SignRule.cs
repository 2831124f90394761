using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations.Rules;

/// <summary>
/// SIGNED, party ↔ party: "Russia and Venezuela signed accords", "Sechin inked deals with the Venezuelan
/// government", "the heads of Gazprom and PDVSA put pen to paper", "firms have agreed … a pact",
/// "an agreement between X and Y". Verbs that need not mean a deal (struck, secured, reached) need a deal noun.
/// </summary>
public sealed class SignRule : IRelationRule
{
    private const int DealReach = 8;
    private static readonly HashSet<string> SelfSufficientVerbs = ["sign", "signs", "signed", "signing", "ink", "inks", "inked", "inking", "put", "puts"];

    public IEnumerable<ExtractedRelation> Apply(SentenceContext s)
    {
        foreach (var (trigger, length) in s.Find(s.Triggers.SignVerbs))
        {
            if (trigger > 0 && s.Tokens[trigger].Folded.EndsWith("ing", StringComparison.Ordinal) && s.Tokens[trigger - 1].Folded is "the" or "a" or "an" or "its" or "their") continue;
            var needsDeal = !SelfSufficientVerbs.Contains(s.Tokens[trigger].Folded);
            if (needsDeal && s.FindIn(s.Triggers.DealNouns, trigger + length, trigger + length + DealReach) is null) continue;
            foreach (var relation in Parties(s, trigger, length, "sign.verb", 0.9)) yield return relation;
        }
        foreach (var (trigger, length) in s.Find(s.Triggers.AgreeVerbs))
        {
            if (s.FindIn(s.Triggers.DealNouns, trigger + length, trigger + length + DealReach) is null) continue;
            foreach (var relation in Parties(s, trigger, length, "sign.agreed", 0.75)) yield return relation;
        }
        foreach (var (trigger, length) in s.Find(s.Triggers.DealNouns))
        {
            var after = trigger + length;
            if (after >= s.Tokens.Count || s.Tokens[after].Folded != "between") continue;
            var modality = s.ModalityOf(trigger, length);
            if (modality is Modality.Negated or Modality.Speculative) continue;
            var parties = s.CoordinatedFrom(after + 1, Math.Min(s.Tokens.Count, after + 14), m => IsParty(s, m));
            foreach (var relation in AllPairs(s, parties, "sign.between", 0.8, modality)) yield return relation;
        }
    }

    /// <summary>"signed an agreement to buy the S-400 from Russia": the other side of the trade signed too.</summary>
    private static List<Mention> TradeCounterpart(SentenceContext s, int from, int end)
    {
        if (s.FindIn(s.Triggers.BuyVerbs, from, end) is not { } trade) return [];
        var preposition = s.Triggers.SellVerbs.Contains(s.Tokens[trade].Folded) ? "to" : "from";
        return s.IndexOfWord(preposition, trade + 1, end) is { } at
            ? s.CoordinatedFrom(at + 1, Math.Min(end, at + 4), m => IsParty(s, m)).Take(1).ToList()
            : [];
    }

    internal static bool IsParty(SentenceContext s, Mention m) =>
        s.Is(m, EntityType.Organization, EntityType.Country, EntityType.Person);

    private static IEnumerable<ExtractedRelation> Parties(SentenceContext s, int trigger, int length, string rule, double confidence)
    {
        var modality = s.ModalityOf(trigger, length);
        if (modality is Modality.Negated or Modality.Speculative) yield break;
        var subjects = s.SubjectsBefore(trigger, m => IsParty(s, m));
        var end = s.ClauseEnd(trigger + length);
        var counterparts = s.IndexOfWord("with", trigger + length, end) is { } with
            ? s.CoordinatedFrom(with + 1, Math.Min(end, with + 8), m => IsParty(s, m))
            : TradeCounterpart(s, trigger + length, end);
        var amount = s.FirstAmount();
        if (counterparts.Count == 0)
        {
            foreach (var relation in AllPairs(s, subjects, rule, confidence, modality)) yield return relation with { Amount = amount };
            yield break;
        }
        foreach (var subject in subjects)
        {
            foreach (var counterpart in counterparts.Where(c => c.EntityId != subject.EntityId))
                yield return s.Relation(subject, RelationType.Signed, counterpart, rule, confidence, modality) with { Amount = amount };
        }
    }

    internal static IEnumerable<ExtractedRelation> AllPairs(SentenceContext s, List<Mention> parties, string rule, double confidence,
        Modality modality, RelationType type = RelationType.Signed)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            for (var j = i + 1; j < parties.Count; j++)
            {
                if (parties[i].EntityId != parties[j].EntityId)
                    yield return s.Relation(parties[i], type, parties[j], rule, confidence, modality);
            }
        }
    }
}
