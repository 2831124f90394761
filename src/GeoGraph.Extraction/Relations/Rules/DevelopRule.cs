using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations.Rules;

/// <summary>
/// DEVELOPS, company → field: "the companies involved in Junin 6 are Rosneft, Lukoil …", "PDVSA and a consortium
/// … to tap the Junin 6 field", "It will involve Rosneft and Lukoil" and "PDVSA holds a 60 per cent stake in the
/// project", where "it" and "the project" are the field the previous sentences named.
/// </summary>
public sealed class DevelopRule : IRelationRule
{
    private const int FieldLookbackSentences = 2;
    private static readonly HashSet<string> Anaphors = ["it", "project", "venture", "field", "development", "block"];

    public IEnumerable<ExtractedRelation> Apply(SentenceContext s)
    {
        var triggers = s.Find(s.Triggers.DevelopVerbs).ToList();
        if (triggers.Count == 0) yield break;
        var (trigger, length) = triggers[0];
        var modality = s.ModalityOf(trigger, length);
        if (modality is Modality.Negated or Modality.Speculative) yield break;
        var field = s.Mentions.FirstOrDefault(m => s.Is(m, EntityType.OilField))?.EntityId ?? FieldNamedBefore(s);
        if (field is null) yield break;
        var developers = s.Mentions
            .Where(m => s.Is(m, EntityType.Organization) && !IsSource(s, m))
            .DistinctBy(m => m.EntityId);
        foreach (var developer in developers)
            yield return s.Relation(developer.EntityId, RelationType.Develops, field, "develops.cooccurrence", 0.7, modality);
    }

    private static bool IsSource(SentenceContext s, Mention m) =>
        m.FirstToken > 0 && s.Tokens[m.FirstToken - 1].Folded is "from" or "by" or "said" or "told" or "according"
        || m.EndToken < s.Tokens.Count && s.Tokens[m.EndToken].Folded is "said" or "says" or "reported" or "reports";

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
