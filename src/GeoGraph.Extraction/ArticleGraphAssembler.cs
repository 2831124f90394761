using System.Buffers;
using System.Runtime.InteropServices;
using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction;

/// <summary>Turns resolved mentions and raw rule output into the article graph: one entity per id, one relation per fact.</summary>
internal static class ArticleGraphAssembler
{
    /// <summary>
    /// One entity per id in the order of first mentions (entities first mentioned at the same place keep the order they
    /// were met in), then those the facts name without the article naming them (the lender "in Moscow" is Russia).
    /// </summary>
    public static ExtractedEntity[] Entities(List<SentenceMentions> article, ArticleEntities entities, NormalizedText text, ExtractedRelation[] facts)
    {
        // Everything is gathered in rented lists, read only here; the graph gets arrays of exactly what it holds.
        var indexOf = ScratchDictionaries<string, int>.Rent();
        // Each entity is made from its first mention, which holds its id, name and type as the table does.
        var found = ScratchLists<(Mention First, List<string> Aliases, List<TextSpan> Spans)>.Rent();
        foreach (var sentence in article)
        {
            foreach (var mention in sentence.Mentions)
            {
                ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(indexOf, mention.EntityId, out var met);
                if (!met)
                {
                    index = found.Count;
                    found.Add((mention, ScratchLists<string>.Rent(), ScratchLists<TextSpan>.Rent()));
                }
                var (_, aliases, spans) = found[index];
                if (mention.Kind is MentionKind.Name or MentionKind.Metonym or MentionKind.Demonym)
                    AddAlias(aliases, text.Value.AsSpan(mention.Start, mention.End - mention.Start), mention.EntityName);
                AddInStartOrder(spans, text.ToOriginal(mention.Start, mention.End));
            }
        }
        var named = ScratchLists<ExtractedEntity>.Rent();
        // Sorted by first start, then by the order met: unique keys, so the sort needs no stability of its own.
        var order = ArrayPool<long>.Shared.Rent(found.Count);
        foreach (var (first, aliases, spans) in found)
        {
            order[named.Count] = (long)spans[0].Start << 32 | (uint)named.Count;
            named.Add(new ExtractedEntity(first.EntityId, first.EntityName, first.EntityType, aliases.ToArray(), spans.ToArray()));
        }
        order.AsSpan(0, named.Count).Sort(CollectionsMarshal.AsSpan(named));
        ArrayPool<long>.Shared.Return(order);
        foreach (var fact in facts)
        {
            AddImplied(fact.SubjectId);
            AddImplied(fact.ObjectId);
        }
        return named.ToArray();

        void AddImplied(string id)
        {
            if (!indexOf.TryAdd(id, named.Count)) return;
            var known = entities.Get(id);
            named.Add(new ExtractedEntity(known.Id, known.Name, known.Type, [], []));
        }
    }

    /// <summary>Adds an alias once; one written as the entity's name, as most are, is that string rather than a copy.</summary>
    private static void AddAlias(List<string> aliases, ReadOnlySpan<char> alias, string name)
    {
        foreach (var known in aliases)
        {
            if (alias.SequenceEqual(known)) return;
        }
        aliases.Add(alias.SequenceEqual(name) ? name : alias.ToString());
    }

    /// <summary>Adds a span once, after every span that starts no later: the order a stable sort by start would give.</summary>
    private static void AddInStartOrder(List<TextSpan> spans, TextSpan span)
    {
        if (spans.Contains(span)) return;
        var at = spans.Count;
        while (at > 0 && spans[at - 1].Start > span.Start) at--;
        spans.Insert(at, span);
    }

    public static ExtractedRelation[] Relations(List<ExtractedRelation> candidates)
    {
        // Gathered in rented tables, read only here; the graph gets an array of exactly the facts.
        var indexOf = ScratchDictionaries<(string, RelationType, string), int>.Rent();
        var facts = ScratchLists<ExtractedRelation>.Rent();
        foreach (var candidate in candidates)
        {
            var relation = candidate.Type.IsSymmetric() && string.CompareOrdinal(candidate.SubjectId, candidate.ObjectId) > 0
                ? candidate with { SubjectId = candidate.ObjectId, ObjectId = candidate.SubjectId }
                : candidate;
            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(indexOf, (relation.SubjectId, relation.Type, relation.ObjectId), out var known);
            if (!known)
            {
                index = facts.Count;
                facts.Add(relation);
            }
            else if (IsBetter(relation, facts[index])) facts[index] = relation;
        }
        // In evidence order, then by type; facts that tie on both keep the order they were found in.
        var order = ArrayPool<(int, RelationType, int)>.Shared.Rent(facts.Count);
        for (var i = 0; i < facts.Count; i++) order[i] = (facts[i].Evidence.Span.Start, facts[i].Type, i);
        order.AsSpan(0, facts.Count).Sort(CollectionsMarshal.AsSpan(facts));
        ArrayPool<(int, RelationType, int)>.Shared.Return(order);
        return facts.ToArray();
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
