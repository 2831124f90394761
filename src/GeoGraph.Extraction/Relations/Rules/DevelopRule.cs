using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations.Rules;

/// <summary>
/// DEVELOPS, company → field. The companies are the subject of the development verb ("PDVSA and Belorusneft set up
/// a venture to develop the Junin 1 block"), its partners ("… together with BG Group and Galp Energia"), or, when
/// the verb has no company subject, the companies listed after it ("the companies involved in Junin 6 are Rosneft,
/// Lukoil …", "It will involve Rosneft and Lukoil"). The field is the one named after the verb, or — for "it" and
/// "the project" — the field the previous sentences named.
/// </summary>
public sealed class DevelopRule : IRelationRule
{
    private const int FieldLookbackSentences = 2;
    private const int ListReach = 16;
    private static readonly HashSet<string> Anaphors = ["it", "project", "venture", "field", "development", "block"];

    public IEnumerable<ExtractedRelation> Apply(SentenceContext s)
    {
        bool IsCompany(Mention m) => s.Is(m, EntityType.Organization);
        foreach (var (trigger, length) in s.Find(s.Triggers.DevelopVerbs))
        {
            var modality = s.ModalityOf(trigger, length);
            if (modality is Modality.Negated or Modality.Speculative) continue;
            var after = trigger + length;
            var fields = FieldsAfter(s, after);
            if (fields.Count == 0 && FieldNamedBefore(s) is { } named) fields = [named];
            if (fields.Count == 0) continue;
            var developers = s.SubjectsBefore(trigger, IsCompany);
            if (developers.Count == 0)
                developers = s.CoordinatedFrom(after, Math.Min(s.Tokens.Count, after + ListReach), IsCompany);
            if (s.IndexOfWord("with", after, s.ClauseEnd(after)) is { } with)
                developers = [.. developers, .. s.CoordinatedFrom(with + 1, Math.Min(s.Tokens.Count, with + 8), IsCompany)];
            foreach (var developer in developers.DistinctBy(d => d.EntityId))
            {
                foreach (var field in fields)
                    yield return s.Relation(developer.EntityId, RelationType.Develops, field, "develops.verb", 0.8, modality) with { StakePercent = StakeReader.Read(s.Tokens) };
            }
        }
    }

    /// <summary>The fields named after the verb: "… including Petromonagas and Junin 6".</summary>
    private static List<string> FieldsAfter(SentenceContext s, int from)
    {
        var first = s.Mentions.FirstOrDefault(m => m.FirstToken >= from && m.FirstToken < s.ClauseEnd(from) + 1 && s.Is(m, EntityType.OilField));
        return first is null ? [] : [.. s.CoordinatedFrom(first.FirstToken, s.Tokens.Count, m => s.Is(m, EntityType.OilField)).Select(m => m.EntityId)];
    }

    private static string? FieldNamedBefore(SentenceContext s)
    {
        if (!s.Tokens.Any(t => Anaphors.Contains(t.Folded))) return null;
        for (var i = s.Index - 1; i >= Math.Max(0, s.Index - FieldLookbackSentences); i--)
        {
            if (s.Article[i].Mentions.LastOrDefault(m => s.Entities.TypeOf(m.EntityId) == EntityType.OilField) is { } field)
                return field.EntityId;
        }
        return null;
    }
}
