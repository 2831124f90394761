using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations.Rules;

/// <summary>
/// MET, person ↔ person: "talks between Putin and Chavez", "Putin will meet Bush", "will discuss … with Chavez",
/// "Morales, who will meet Putin", "Chavez was in Orenburg with Medvedev". A meeting "in" a place abroad
/// is also a visit of those who travelled there.
/// </summary>
public sealed class MeetRule : IRelationRule
{
    private const int ParticipantReach = 20;

    public IEnumerable<ExtractedRelation> Apply(SentenceContext s)
    {
        bool IsPerson(Mention m) => s.Is(m, EntityType.Person);
        foreach (var (trigger, length) in s.Find(s.Triggers.MeetNouns))
        {
            var after = trigger + length;
            if (after >= s.Tokens.Count || s.Tokens[after].Folded != "between") continue;
            var modality = s.ModalityOf(trigger, length);
            if (modality is Modality.Negated or Modality.Speculative) continue;
            var people = s.CoordinatedFrom(after + 1, Math.Min(s.Tokens.Count, after + ParticipantReach), IsPerson);
            foreach (var relation in AllPairs(s, people, "meet.between", 0.9, modality)) yield return relation;
        }
        foreach (var (trigger, length) in s.Find(s.Triggers.MeetVerbs))
        {
            var modality = s.ModalityOf(trigger, length);
            if (modality is Modality.Negated or Modality.Speculative) continue;
            var hosts = s.SubjectsBefore(trigger, IsPerson);
            var end = Math.Min(s.ClauseEnd(trigger + length), trigger + length + ParticipantReach);
            var guests = s.Mentions.Where(m => m.FirstToken >= trigger + length && m.EndToken <= end && IsPerson(m) && !s.IsModifier(m))
                .DistinctBy(m => m.EntityId).ToList();
            if (guests.Count == 0 && hosts.Count >= 2)
            {
                foreach (var relation in AllPairs(s, hosts, "meet.each-other", 0.85, modality)) yield return relation;
                continue;
            }
            foreach (var host in hosts)
            {
                foreach (var guest in guests.Where(g => g.EntityId != host.EntityId))
                    yield return s.Relation(host, RelationType.Met, guest, "meet.verb", 0.85, modality);
            }
            foreach (var relation in MeetingPlace(s, hosts.Concat(guests).ToList(), end, modality)) yield return relation;
        }
        foreach (var (trigger, length) in s.Find(s.Triggers.PresencePhrases))
        {
            foreach (var relation in Companions(s, trigger, length)) yield return relation;
        }
        foreach (var (trigger, length) in s.Find(s.Triggers.TogetherVerbs))
        {
            var modality = s.ModalityOf(trigger, length);
            if (modality is Modality.Negated or Modality.Speculative) continue;
            var together = s.SubjectsBefore(trigger, IsPerson);
            foreach (var relation in AllPairs(s, together, "meet.together", 0.7, modality)) yield return relation;
        }
    }

    private static IEnumerable<ExtractedRelation> Companions(SentenceContext s, int trigger, int length)
    {
        if (s.IndexOfWord("with", trigger + length, s.ClauseEnd(trigger + length)) is not { } with) yield break;
        var modality = s.ModalityOf(trigger, length);
        if (modality is Modality.Negated or Modality.Speculative) yield break;
        var hosts = s.SubjectsBefore(trigger, m => s.Is(m, EntityType.Person));
        var guests = s.CoordinatedFrom(with + 1, Math.Min(s.Tokens.Count, with + 8), m => s.Is(m, EntityType.Person));
        foreach (var host in hosts)
        {
            foreach (var guest in guests.Where(g => g.EntityId != host.EntityId))
                yield return s.Relation(host, RelationType.Met, guest, "meet.companion", 0.8, modality);
        }
    }

    private static IEnumerable<ExtractedRelation> MeetingPlace(SentenceContext s, List<Mention> people, int end, Modality modality)
    {
        if (people.Count < 2) yield break;
        var after = people.Max(p => p.EndToken);
        if (after >= end || s.Tokens[after].Folded != "in") yield break;
        var placeAt = after + 1 < s.Tokens.Count && s.Tokens[after + 1].Folded == "the" ? after + 2 : after + 1;
        if (s.At(placeAt) is not { } place) yield break;
        if (!SentenceContext.IsPlace(s.TypeOf(place)) || place.Kind == MentionKind.Demonym) yield break;
        var country = s.Entities.CountryOf(place.EntityId);
        foreach (var person in people.DistinctBy(p => p.EntityId))
        {
            if (country is not null && s.Entities.CountryOf(person.EntityId) is { } home && home != country)
                yield return s.Relation(person, RelationType.Visited, place, "visit.meeting-place", 0.7, modality);
        }
    }

    private static IEnumerable<ExtractedRelation> AllPairs(SentenceContext s, List<Mention> people, string rule, double confidence, Modality modality)
    {
        for (var i = 0; i < people.Count; i++)
        {
            for (var j = i + 1; j < people.Count; j++)
                yield return s.Relation(people[i], RelationType.Met, people[j], rule, confidence, modality);
        }
    }
}
