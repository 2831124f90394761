using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations.Rules;

/// <summary>
/// SOLD, seller → buyer, in either voice: "Russia sold tanks to Venezuela", "selling him weapons",
/// "Venezuela has bought fighter planes … from Russia", "weapons purchases from Russia by Venezuela",
/// "pay for Russian military hardware", "Venezuela is one of the best customers of the Russian defence industry",
/// "exports some 60% of its oil to the United States". Stakes and companies are not goods.
/// </summary>
public sealed class SaleRule : IRelationRule
{
    private const int Reach = 20;

    public IEnumerable<ExtractedRelation> Apply(SentenceContext s)
    {
        foreach (var (trigger, length) in s.Find(s.Triggers.SellVerbs))
        {
            if (s.FindIn(s.Triggers.FundNouns, trigger + length, trigger + length + 4) is not null) continue;
            var sellers = s.SubjectsBefore(trigger, m => IsTrader(s, m));
            var buyers = BuyersAfter(s, trigger + length);
            foreach (var relation in Sales(s, sellers, buyers, trigger, length, "sale.sell")) yield return relation;
        }
        foreach (var (trigger, length) in s.Find(s.Triggers.ShipVerbs))
        {
            var buyers = BuyersAfter(s, trigger + length);
            var goodsUntil = buyers.Count > 0 ? buyers[0].FirstToken : trigger + length;
            if (s.FindIn(s.Triggers.GoodsNouns, trigger + length, goodsUntil) is null) continue;
            var sellers = s.SubjectsBefore(trigger, m => IsTrader(s, m));
            foreach (var relation in Sales(s, sellers, buyers, trigger, length, "sale.ship")) yield return relation;
        }
        foreach (var (trigger, length) in s.Find(s.Triggers.BuyVerbs))
        {
            if (s.FindIn(s.Triggers.FundNouns, trigger + length, trigger + length + 5) is not null) continue;
            var buyers = s.SubjectsBefore(trigger, m => IsTrader(s, m));
            var sellers = SellersAfterFrom(s, trigger + length);
            if (sellers.Count == 0 && DemonymOfGoods(s, trigger + length) is { } origin) sellers = [origin];
            foreach (var relation in Sales(s, sellers, buyers, trigger, length, "sale.buy")) yield return relation;
        }
        foreach (var (trigger, length) in s.Find(s.Triggers.PurchaseNouns))
        {
            var sellers = SellersAfterFrom(s, trigger + length);
            var by = s.IndexOfWord("by", trigger + length, Math.Min(s.Tokens.Count, trigger + length + Reach));
            var buyers = by is { } b ? s.CoordinatedFrom(b + 1, Math.Min(s.Tokens.Count, b + 6), m => IsTrader(s, m)) : [];
            foreach (var relation in Sales(s, sellers, buyers, trigger, length, "sale.purchase-noun")) yield return relation;
        }
        foreach (var (trigger, length) in s.Find(s.Triggers.CustomerNouns))
        {
            var of = trigger + length;
            if (of >= s.Tokens.Count || s.Tokens[of].Folded != "of") continue;
            var buyers = s.SubjectsBefore(trigger, m => IsTrader(s, m));
            var sellers = s.Mentions.Where(m => m.FirstToken > of && m.FirstToken <= of + 4 && IsTrader(s, m)).Take(1).ToList();
            foreach (var relation in Sales(s, sellers, buyers, trigger, length, "sale.customer")) yield return relation;
        }
    }

    private static bool IsTrader(SentenceContext s, Mention m) =>
        s.Is(m, EntityType.Country, EntityType.Organization, EntityType.Person);

    private static List<Mention> BuyersAfter(SentenceContext s, int from)
    {
        if (s.DirectObject(from, m => IsTrader(s, m)) is { } indirect) return [indirect];
        var end = Math.Min(s.ClauseEnd(from), from + Reach);
        for (var to = s.IndexOfWord("to", from, end); to is { } at; to = s.IndexOfWord("to", at + 1, end))
        {
            var buyers = s.CoordinatedFrom(at + 1, Math.Min(end, at + 5), m => IsTrader(s, m) && m.FirstToken <= at + 3);
            if (buyers.Count > 0) return buyers;
        }
        return [];
    }

    private static List<Mention> SellersAfterFrom(SentenceContext s, int from)
    {
        var end = Math.Min(s.ClauseEnd(from), from + Reach);
        return s.IndexOfWord("from", from, end) is { } at
            ? s.CoordinatedFrom(at + 1, Math.Min(end, at + 4), m => IsTrader(s, m)).Take(1).ToList()
            : [];
    }

    /// <summary>"Russian weaponry", "Russian-made tanks": goods whose demonym names the seller.</summary>
    private static Mention? DemonymOfGoods(SentenceContext s, int from)
    {
        var end = Math.Min(s.ClauseEnd(from), from + 8);
        foreach (var mention in s.Mentions.Where(m => m.FirstToken >= from && m.EndToken < end && m.Kind == MentionKind.Demonym))
        {
            if (s.Triggers.GoodsNouns.MatchAt(s.Tokens, mention.EndToken) > 0
                || mention.EndToken + 1 < s.Tokens.Count && s.Triggers.GoodsNouns.MatchAt(s.Tokens, mention.EndToken + 1) > 0)
                return mention;
        }
        return null;
    }

    /// <summary>Where the thing bought or sold ends: at the "to", "from" or "by" that introduces the other party.</summary>
    private static int ThingSoldEnd(SentenceContext s, int from)
    {
        var end = Math.Min(s.Tokens.Count, from + 8);
        for (var i = from; i < end; i++)
        {
            if (s.Tokens[i].Folded is "to" or "from" or "by" or "for") return i;
        }
        return end;
    }

    private static IEnumerable<ExtractedRelation> Sales(SentenceContext s, List<Mention> sellers, List<Mention> buyers, int trigger, int length, string rule)
    {
        if (sellers.Count == 0 || buyers.Count == 0) yield break;
        if (s.FindIn(s.Triggers.NotGoodsNouns, trigger + length, ThingSoldEnd(s, trigger + length)) is not null) yield break;
        var modality = s.ModalityOf(trigger, length);
        if (modality is Modality.Negated or Modality.Speculative) yield break;
        var items = s.ItemsIn(Math.Max(0, trigger - 2), ThingSoldEnd(s, trigger + length));
        if (s.IndexOfWord("including", trigger, s.Tokens.Count) is { } including) items = [.. items, .. s.ItemsIn(including, s.Tokens.Count)];
        var amount = s.FirstAmount();
        foreach (var seller in sellers)
        {
            foreach (var buyer in buyers.Where(b => b.EntityId != seller.EntityId))
            {
                yield return s.Relation(seller, RelationType.Sold, buyer, rule, 0.85, modality) with { Items = items, Amount = amount };
            }
        }
    }
}
