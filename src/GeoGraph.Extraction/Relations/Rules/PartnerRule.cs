using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations.Rules;

/// <summary>
/// PARTNERED_WITH, symmetric: "a joint venture between PDVSA-Services and Gazprom", "X and Y set up a joint
/// venture", "X formed a joint venture with Y", "X partnered with Y", "X teamed up with Y".
/// </summary>
public sealed class PartnerRule : IRelationRule
{
    private const int Reach = 14;

    public IEnumerable<ExtractedRelation> Apply(SentenceContext s)
    {
        bool IsPartner(Mention m) => s.Is(m, EntityType.Organization, EntityType.Country);
        foreach (var (noun, length) in s.Find(s.Triggers.PartnerNouns))
        {
            var modality = s.ModalityOf(noun, length);
            if (modality is Modality.Negated or Modality.Speculative) continue;
            var after = noun + length;
            if (after < s.Tokens.Count && s.Tokens[after].Folded == "between")
            {
                var end = Math.Min(s.Tokens.Count, after + Reach);
                var parties = s.Mentions.Where(m => m.FirstToken > after && m.EndToken <= end && IsPartner(m) && !s.IsModifier(m) && !IsBeyondPurpose(s, after, m))
                    .DistinctBy(m => m.EntityId).ToList();
                foreach (var relation in SignRule.AllPairs(s, parties, "partner.between", 0.85, modality, RelationType.PartneredWith))
                    yield return relation;
                continue;
            }
            if (s.FindIn(s.Triggers.FormVerbs, noun - 4, noun) is not { } formed) continue;
            foreach (var relation in Founders(s, formed, after, modality, IsPartner)) yield return relation;
        }
        foreach (var (verb, length) in s.Find(s.Triggers.PartnerVerbs))
        {
            var modality = s.ModalityOf(verb, length);
            if (modality is Modality.Negated or Modality.Speculative) continue;
            foreach (var relation in Founders(s, verb, verb + length, modality, IsPartner)) yield return relation;
        }
    }

    private static IEnumerable<ExtractedRelation> Founders(SentenceContext s, int verb, int after, Modality modality, Func<Mention, bool> isPartner)
    {
        var founders = s.SubjectsBefore(verb, isPartner);
        var end = s.ClauseEnd(after);
        var counterparts = s.IndexOfWord("with", after, Math.Min(end, after + 6)) is { } with
            ? s.CoordinatedFrom(with + 1, Math.Min(end, with + 6), isPartner)
            : [];
        if (counterparts.Count == 0)
        {
            foreach (var relation in SignRule.AllPairs(s, founders, "partner.founded", 0.75, modality, RelationType.PartneredWith))
                yield return relation;
            yield break;
        }
        foreach (var founder in founders)
        {
            foreach (var counterpart in counterparts.Where(c => c.EntityId != founder.EntityId))
                yield return s.Relation(founder, RelationType.PartneredWith, counterpart, "partner.with", 0.8, modality);
        }
    }

    /// <summary>"… between X and Y to tap the Junin 6 field": what follows the purpose clause is not a party.</summary>
    private static bool IsBeyondPurpose(SentenceContext s, int from, Mention m)
    {
        for (var i = from; i < m.FirstToken; i++)
        {
            if (s.Tokens[i].Folded == "to" && i + 1 < s.Tokens.Count && !s.Tokens[i + 1].IsCapitalized && s.At(i + 1) is null) return true;
            if (s.IsBoundary(i)) return true;
        }
        return false;
    }
}
