using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations.Rules;

/// <summary>
/// FUNDED, funder → recipient: "Russia lent Venezuela $2 billion", "China invested $1bn in Ecuador",
/// "Chavez received $2 billion in loans from Russia", and a loan received "in Moscow" or during a visit
/// to Moscow, whose lender is the host country. Paying for goods is a sale, not funding.
/// </summary>
public sealed class FundRule : IRelationRule
{
    private const int FundNounReach = 8;

    public IEnumerable<ExtractedRelation> Apply(SentenceContext s)
    {
        foreach (var (trigger, length) in s.Find(s.Triggers.ReceiveVerbs))
        {
            if (s.FindIn(s.Triggers.FundNouns, trigger + length, trigger + length + FundNounReach) is null) continue;
            var recipients = s.SubjectsBefore(trigger, m => IsParty(s, m));
            var funders = FundersFrom(s, trigger + length);
            if (funders.Count == 0) funders = HostCountries(s, recipients);
            foreach (var relation in Funding(s, funders, recipients, trigger, length, "fund.received")) yield return relation;
        }
        foreach (var (trigger, length) in s.Find(s.Triggers.FundVerbs))
        {
            foreach (var relation in Direct(s, trigger, length)) yield return relation;
        }
        foreach (var (trigger, length) in s.Find(s.Triggers.GiveVerbs))
        {
            if (s.FindIn(s.Triggers.FundNouns, trigger + length, trigger + length + FundNounReach) is null) continue;
            foreach (var relation in Direct(s, trigger, length)) yield return relation;
        }
    }

    private static IEnumerable<ExtractedRelation> Direct(SentenceContext s, int trigger, int length)
    {
        var funders = s.SubjectsBefore(trigger, m => IsParty(s, m));
        return Funding(s, funders, RecipientsAfter(s, trigger + length), trigger, length, "fund.verb");
    }

    private static bool IsParty(SentenceContext s, Mention m) =>
        s.Is(m, EntityType.Country, EntityType.Organization, EntityType.Person);

    private static List<Mention> FundersFrom(SentenceContext s, int from)
    {
        var end = s.ClauseEnd(from);
        return s.IndexOfWord("from", from, end) is { } at
            ? s.CoordinatedFrom(at + 1, Math.Min(end, at + 5), m => IsParty(s, m)).Take(1).ToList()
            : [];
    }

    /// <summary>The country of a place the recipient was in when the money was received.</summary>
    private static List<Mention> HostCountries(SentenceContext s, List<Mention> recipients)
    {
        var recipientCountries = recipients.Select(r => s.Entities.CountryOf(r.EntityId)).ToHashSet();
        foreach (var place in s.Mentions.Where(m => m.Kind == MentionKind.Name && s.Is(m, EntityType.City, EntityType.Country)))
        {
            var before = place.FirstToken - 1;
            if (before < 0 || !s.Triggers.PlacePrepositions.Contains(s.Tokens[before].Folded)) continue;
            var country = s.Entities.CountryOf(place.EntityId);
            if (country is null || recipientCountries.Contains(country)) continue;
            return [place with { EntityId = country, Kind = MentionKind.Metonym }];
        }
        return [];
    }

    private static List<Mention> RecipientsAfter(SentenceContext s, int from)
    {
        if (s.DirectObject(from, m => IsParty(s, m)) is { } indirect) return [indirect];
        var end = Math.Min(s.ClauseEnd(from), from + 12);
        for (var i = from; i < end; i++)
        {
            if (s.Tokens[i].Folded is not ("to" or "in" or "into" or "for")) continue;
            var recipients = s.CoordinatedFrom(i + 1, Math.Min(end, i + 4), m => IsParty(s, m) && m.FirstToken <= i + 2);
            if (recipients.Count > 0) return recipients;
        }
        return [];
    }

    private static IEnumerable<ExtractedRelation> Funding(SentenceContext s, List<Mention> funders, List<Mention> recipients, int trigger, int length, string rule)
    {
        if (funders.Count == 0 || recipients.Count == 0) yield break;
        var modality = s.ModalityOf(trigger, length);
        if (modality is Modality.Negated or Modality.Speculative) yield break;
        var amount = s.FirstAmount();
        foreach (var funder in funders)
        {
            foreach (var recipient in recipients.Where(r => r.EntityId != funder.EntityId))
                yield return s.Relation(funder, RelationType.Funded, recipient, rule, 0.8, modality) with { Amount = amount };
        }
    }
}
