using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations.Rules;

/// <summary>
/// VISITED, visitor → place: "Putin arrived in Caracas", "travels to Caracas", "his visit to Moscow",
/// "the arrival of the Rosneft chairman to Caracas", "was in the city of Orenburg", "on Venezuela trip".
/// A place in the visitor's own country is a return home, not a visit.
/// </summary>
public sealed class VisitRule : IRelationRule
{
    private const int PlaceReach = 12;
    private const int NounModalityWindow = 3;

    public IEnumerable<ExtractedRelation> Apply(SentenceContext s)
    {
        foreach (var (trigger, length) in s.Find(s.Triggers.VisitVerbs))
        {
            if (IsNounUse(s, trigger)) continue;
            var visitors = s.SubjectsBefore(trigger, m => s.Is(m, EntityType.Person));
            foreach (var relation in Visits(s, visitors, trigger, length, "visit.verb", 0.9)) yield return relation;
        }
        foreach (var (trigger, length) in s.Find(s.Triggers.PresencePhrases))
        {
            var visitors = s.SubjectsBefore(trigger, m => s.Is(m, EntityType.Person));
            foreach (var relation in Visits(s, visitors, trigger, length, "visit.presence", 0.8, prepositionSeen: true)) yield return relation;
        }
        foreach (var (trigger, length) in s.Find(s.Triggers.VisitNouns))
        {
            foreach (var relation in NounVisits(s, trigger, length)) yield return relation;
        }
        foreach (var (trigger, length) in s.Find(s.Triggers.VisitCausativeVerbs))
        {
            foreach (var relation in TakenTo(s, trigger, length)) yield return relation;
        }
        foreach (var relation in LocativeOpening(s)) yield return relation;
        if (s.Sentence.Sentence.IsTitle)
        {
            foreach (var relation in HeadlinePresence(s)) yield return relation;
        }
    }

    /// <summary>"his visit", "a trip", "Putin's first visit": the word is a noun, read by <see cref="NounVisits"/>.</summary>
    private static bool IsNounUse(SentenceContext s, int trigger)
    {
        for (var i = trigger - 1; i >= Math.Max(0, trigger - 2); i--)
        {
            if (s.Tokens[i].Folded is "'s" or "his" or "her" or "their" or "its" or "a" or "an" or "the" or "this" or "that") return true;
        }
        return false;
    }

    private static IEnumerable<ExtractedRelation> Visits(SentenceContext s, List<Mention> visitors, int trigger, int length, string rule,
        double confidence, bool prepositionSeen = false)
    {
        if (visitors.Count == 0) return [];
        var modality = s.ModalityOf(trigger, length);
        if (modality is Modality.Negated or Modality.Speculative) return [];
        var takesObject = s.Tokens[trigger].Folded.StartsWith("visit", StringComparison.Ordinal) || s.Tokens[trigger].Folded.StartsWith("tour", StringComparison.Ordinal);
        var places = PlacesAfter(s, trigger + length, prepositionSeen, takesObject);
        return Pairs(s, visitors, places, rule, confidence, modality);
    }

    private static IEnumerable<ExtractedRelation> NounVisits(SentenceContext s, int trigger, int length)
    {
        var modality = s.ModalityOf(trigger, length, NounModalityWindow, clauseGoverns: false);
        if (modality is Modality.Negated or Modality.Speculative) return [];
        if (s.Tokens[Math.Max(0, trigger - 1)].Folded is "upcoming" or "next" or "planned") modality = Modality.Planned;

        var visitors = Possessor(s, trigger) is { } possessor ? [possessor] : VisitorsAfterOf(s, trigger + length);
        if (visitors.Count == 0 && s.FindIn(s.Triggers.VisitLightVerbs, trigger - 4, trigger) is { } light)
            visitors = s.SubjectsBefore(light, m => s.Is(m, EntityType.Person));
        var places = PlacesAfter(s, trigger + length, prepositionSeen: false, takesObject: false);
        if (places.Count == 0 && s.At(trigger - 1) is { } compound && SentenceContext.IsPlace(s.TypeOf(compound)) && compound.Kind == MentionKind.Name)
        {
            places = [compound];
            if (visitors.Count == 0) visitors = s.SubjectsBefore(compound.FirstToken, m => s.Is(m, EntityType.Person));
        }
        return Pairs(s, visitors, places, "visit.noun", 0.85, modality);
    }

    /// <summary>"a tour that took him to Venezuela, Nicaragua and Cuba": the person taken is the visitor.</summary>
    private static IEnumerable<ExtractedRelation> TakenTo(SentenceContext s, int trigger, int length)
    {
        var after = trigger + length;
        if (after + 1 >= s.Tokens.Count || s.At(after) is not { } visitor || !s.Is(visitor, EntityType.Person)) return [];
        if (s.Tokens[visitor.EndToken].Folded != "to") return [];
        var modality = s.ModalityOf(trigger, length);
        if (modality is Modality.Negated or Modality.Speculative) return [];
        return Pairs(s, [visitor], PlacesAfter(s, visitor.EndToken, prepositionSeen: true, takesObject: false), "visit.taken-to", 0.8, modality);
    }

    /// <summary>"In Caracas, he and Hugo Chavez inaugurated …": who acts in a place an opening phrase names was there.</summary>
    private static IEnumerable<ExtractedRelation> LocativeOpening(SentenceContext s)
    {
        if (s.Tokens.Count < 4 || s.Tokens[0].Folded != "in" || s.At(1) is not { } place || place.Kind == MentionKind.Demonym) return [];
        if (!s.Is(place, EntityType.City, EntityType.Country) || place.EndToken >= s.Tokens.Count || s.Tokens[place.EndToken].Text != ",") return [];
        var comma = place.EndToken;
        var visitors = s.CoordinatedFrom(comma + 1, Math.Min(s.Tokens.Count, comma + 8), m => s.Is(m, EntityType.Person) && m.FirstToken <= comma + 4);
        var modality = s.ModalityOf(comma + 1);
        return modality is Modality.Negated or Modality.Speculative ? [] : Pairs(s, visitors, [place], "visit.locative-opening", 0.6, modality);
    }

    private static IEnumerable<ExtractedRelation> HeadlinePresence(SentenceContext s)
    {
        for (var i = 0; i + 2 < s.Tokens.Count; i++)
        {
            if (s.Tokens[i + 1].Folded != "in" || s.At(i) is not { } person || person.EndToken != i + 1 || !s.Is(person, EntityType.Person)) continue;
            if (s.At(i + 2) is { } place && SentenceContext.IsPlace(s.TypeOf(place)))
                foreach (var r in Pairs(s, [person], [place], "visit.headline", 0.7, Modality.Asserted)) yield return r;
        }
    }

    private static Mention? Possessor(SentenceContext s, int trigger)
    {
        for (var i = trigger - 1; i >= Math.Max(0, trigger - 4); i--)
        {
            if (s.At(i) is { } m) return m.Possessive && s.Is(m, EntityType.Person) ? m : null;
        }
        return null;
    }

    private static List<Mention> VisitorsAfterOf(SentenceContext s, int from) =>
        from < s.Tokens.Count && s.Tokens[from].Folded == "of"
            ? s.CoordinatedFrom(from + 1, Math.Min(s.Tokens.Count, from + 8), m => s.Is(m, EntityType.Person)).Take(1).ToList()
            : [];

    /// <summary>Places after a preposition following the trigger ("to Belarus and Iran"), or its direct object ("visited Iran").</summary>
    private static List<Mention> PlacesAfter(SentenceContext s, int from, bool prepositionSeen, bool takesObject)
    {
        var end = Math.Min(s.ClauseEnd(from), from + PlaceReach);
        var sawPreposition = prepositionSeen;
        for (var i = from; i < end; i++)
        {
            if (s.Triggers.PlacePrepositions.Contains(s.Tokens[i].Folded)) sawPreposition = true;
            if (s.At(i) is not { } mention) continue;
            i = mention.EndToken - 1;
            if (mention.Kind == MentionKind.Demonym || !SentenceContext.IsPlace(s.TypeOf(mention))) continue;
            var isDirectObject = takesObject && mention.FirstToken - from <= 2;
            if (!sawPreposition && !isDirectObject) return [];
            var places = s.CoordinatedFrom(mention.FirstToken, end, m => SentenceContext.IsPlace(s.TypeOf(m)) && m.Kind != MentionKind.Demonym);
            return [.. places, .. LaterStops(s, places[^1].EndToken, end)];
        }
        return [];
    }

    /// <summary>"… to Belarus on Saturday and then to Ukraine": further stops of the same trip.</summary>
    private static IEnumerable<Mention> LaterStops(SentenceContext s, int from, int end)
    {
        for (var i = from; i + 1 < Math.Min(s.Tokens.Count, end + 8); i++)
        {
            if (s.IsBoundary(i)) yield break;
            if (s.Tokens[i].Folded != "and") continue;
            var to = s.Tokens[i + 1].Folded is "then" or "later" or "on" or "finally" ? i + 2 : i + 1;
            if (to + 1 < s.Tokens.Count && s.Tokens[to].Folded is "to" or "in" && s.At(to + 1) is { } place
                && SentenceContext.IsPlace(s.TypeOf(place)) && place.Kind != MentionKind.Demonym)
                yield return place;
        }
    }

    private static IEnumerable<ExtractedRelation> Pairs(SentenceContext s, List<Mention> visitors, List<Mention> places, string rule, double confidence, Modality modality)
    {
        foreach (var visitor in visitors)
        {
            var home = s.Entities.CountryOf(visitor.EntityId);
            foreach (var place in places)
            {
                if (home is not null && s.Entities.CountryOf(place.EntityId) == home) continue;
                yield return s.Relation(visitor, RelationType.Visited, place, rule, confidence, modality);
            }
        }
    }
}
