using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction;

/// <summary>Turns resolved mentions and raw rule output into the article graph: one entity per id, one relation per fact.</summary>
internal static class ArticleGraphAssembler
{
    public static List<ExtractedEntity> Entities(List<SentenceMentions> article, ArticleEntities entities, NormalizedText text)
    {
        var found = new Dictionary<string, (List<string> Aliases, List<TextSpan> Spans)>(StringComparer.Ordinal);
        var ids = new List<string>();
        foreach (var sentence in article)
        {
            foreach (var mention in sentence.Mentions)
            {
                if (!found.TryGetValue(mention.EntityId, out var entity))
                {
                    found[mention.EntityId] = entity = ([], []);
                    ids.Add(mention.EntityId);
                }
                if (mention.Kind is MentionKind.Name or MentionKind.Metonym or MentionKind.Demonym) AddAlias(entity.Aliases, text.Value.AsSpan(mention.Start, mention.End - mention.Start));
                AddInStartOrder(entity.Spans, text.ToOriginal(mention.Start, mention.End));
            }
        }
        var named = new List<ExtractedEntity>(ids.Count);
        foreach (var id in ids)
        {
            var known = entities.Get(id);
            named.Add(new ExtractedEntity(known.Id, known.Name, known.Type, found[id].Aliases, found[id].Spans));
        }
        // A stable sort: entities whose first mentions start together keep the order they were met in.
        return [.. named.OrderBy(e => e.Mentions[0].Start)];
    }

    private static void AddAlias(List<string> aliases, ReadOnlySpan<char> alias)
    {
        foreach (var known in aliases)
        {
            if (alias.SequenceEqual(known)) return;
        }
        aliases.Add(alias.ToString());
    }

    /// <summary>Adds a span once, after every span that starts no later: the order a stable sort by start would give.</summary>
    private static void AddInStartOrder(List<TextSpan> spans, TextSpan span)
    {
        if (spans.Contains(span)) return;
        var at = spans.Count;
        while (at > 0 && spans[at - 1].Start > span.Start) at--;
        spans.Insert(at, span);
    }

    /// <summary>Adds the entities a relation names without the article naming them (the lender "in Moscow" is Russia), with no mentions.</summary>
    public static void AddImplied(List<ExtractedEntity> found, List<ExtractedRelation> relations, ArticleEntities entities)
    {
        var ids = new HashSet<string>(found.Count, StringComparer.Ordinal);
        foreach (var entity in found) ids.Add(entity.Id);
        foreach (var relation in relations)
        {
            Add(relation.SubjectId);
            Add(relation.ObjectId);
        }

        void Add(string id)
        {
            if (!ids.Add(id)) return;
            var entity = entities.Get(id);
            found.Add(new ExtractedEntity(entity.Id, entity.Name, entity.Type, [], []));
        }
    }

    public static List<ExtractedRelation> Relations(IEnumerable<ExtractedRelation> candidates)
    {
        var best = new Dictionary<(string, RelationType, string), ExtractedRelation>();
        foreach (var candidate in candidates)
        {
            var relation = candidate.Type.IsSymmetric() && string.CompareOrdinal(candidate.SubjectId, candidate.ObjectId) > 0
                ? candidate with { SubjectId = candidate.ObjectId, ObjectId = candidate.SubjectId }
                : candidate;
            var key = (relation.SubjectId, relation.Type, relation.ObjectId);
            if (!best.TryGetValue(key, out var existing) || IsBetter(relation, existing)) best[key] = relation;
        }
        // In evidence order, then by type; facts that tie on both keep the order they were found in.
        var facts = best.Values.Select((fact, found) => (Fact: fact, Found: found)).ToArray();
        Array.Sort(facts, static (x, y) => (x.Fact.Evidence.Span.Start, x.Fact.Type, x.Found).CompareTo((y.Fact.Evidence.Span.Start, y.Fact.Type, y.Found)));
        return [.. facts.Select(f => f.Fact)];
    }

    /// <summary>More confident wins; then an asserted fact over a planned one; then the one that states more details.</summary>
    private static bool IsBetter(ExtractedRelation candidate, ExtractedRelation existing)
    {
        if (candidate.Confidence != existing.Confidence) return candidate.Confidence > existing.Confidence;
        if (candidate.Planned != existing.Planned) return !candidate.Planned;
        return Details(candidate) > Details(existing);
    }

    private static int Details(ExtractedRelation relation) =>
        (relation.Amount is null ? 0 : 1) + (relation.StakePercent is null ? 0 : 1) + (relation.Date is null ? 0 : 1) + relation.Items.Count;
}
