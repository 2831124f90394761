using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Syntax;

namespace GeoGraph.Extraction.Relations;

/// <summary>
/// Turns a frame's bindings into relations: subjects with objects, every pair of a symmetric family's parties, or
/// parties oriented by type; each end of an accepted type, and an abroad frame only outside the subject's country.
/// </summary>
internal static class PartyPairing
{
    public static void Emit(List<RelationCandidate> found, RelationFamily family, Frame frame, Bindings bindings, Modality modality, string rule,
        IReadOnlyList<string> items, ArticleEntities entities)
    {
        void Add(Mention subject, Mention @object)
        {
            if (subject.EntityId == @object.EntityId || !family.Accepts(subject.EntityType, @object.EntityType)) return;
            if (frame.Abroad && entities.CountryOf(@object.EntityId) is { } country && country == entities.CountryOf(subject.EntityId)) return;
            found.Add(new RelationCandidate(family, subject.EntityId, @object.EntityId, modality, rule, items));
        }

        if (frame.Oriented is var (subjectType, objectType))
        {
            if (items.Count == 0) return;
            List<Mention> parties = [.. bindings.Subjects, .. bindings.Objects, .. bindings.Both];
            foreach (var subject in parties)
            {
                if (subject.EntityType != subjectType) continue;
                foreach (var @object in parties)
                {
                    if (@object.EntityType == objectType) Add(subject, @object);
                }
            }
            return;
        }

        // Only entities of the accepted types take part: "signed an agreement to develop the Carabobo 2 block" names no counterpart.
        var subjects = OfTypes(bindings.Subjects, family.SubjectTypes);
        var objects = OfTypes(bindings.Objects, family.ObjectTypes);
        var both = bindings.Both;
        if (family.Symmetric)
        {
            // "X and Y signed": the subjects pair up only when no counterpart is stated after them. The parties are read
            // in place, the shared ones first, rather than copied into a list of their own.
            var parties = both.Count + (objects.Count == 0 && !bindings.ObjectStated ? subjects.Count : 0);
            for (var i = 0; i < parties; i++)
            {
                for (var j = i + 1; j < parties; j++) Add(Party(i), Party(j));
            }
            if (objects.Count == 0) return;
        }
        PairWith(subjects);
        // A symmetric family's shared parties take the objects too.
        if (family.Symmetric) PairWith(both);

        Mention Party(int i) => i < both.Count ? both[i] : subjects[i - both.Count];

        void PairWith(List<Mention> subjectSide)
        {
            foreach (var subject in subjectSide)
            {
                foreach (var @object in objects) Add(subject, @object);
            }
        }
    }

    /// <summary>The mentions whose entities are of the given types; the list itself when all are.</summary>
    private static List<Mention> OfTypes(List<Mention> mentions, IReadOnlySet<EntityType> types)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (types.Contains(mentions[i].EntityType)) continue;
            var kept = mentions[..i];
            for (var j = i + 1; j < mentions.Count; j++)
            {
                if (types.Contains(mentions[j].EntityType)) kept.Add(mentions[j]);
            }
            return kept;
        }
        return mentions;
    }
}
