using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations.Rules;

/// <summary>
/// LEADS, person → organisation or country, from head titles: "Russian prime minister Vladimir Putin",
/// "Venezuelan and Bolivian Presidents Hugo Chavez and Evo Morales", "the president of Venezuela, Hugo Chavez",
/// "Alexei Mukhin, who directs the Center …", "the Rosneft chairman"; and "President Putin" when the lexicon
/// knows what he is president of. Deputies, vice-presidents and former holders lead nothing.
/// </summary>
public sealed class LeadsRule : IRelationRule
{
    private const int TitleReach = 4;

    public IEnumerable<ExtractedRelation> Apply(SentenceContext s)
    {
        foreach (var (title, length) in s.Find(s.Words.HeadTitles, inTitles: true))
        {
            if (IsBlocked(s, title)) continue;
            foreach (var relation in TitleBeforeName(s, title, length)) yield return relation;
            foreach (var relation in TitleOfHolder(s, title, length)) yield return relation;
        }
        foreach (var (verb, length) in s.Find(s.Words.LeadVerbs))
        {
            var leaders = s.SubjectsBefore(verb, m => s.Is(m, EntityType.Person));
            var led = s.Mentions.FirstOrDefault(m => m.FirstToken >= verb + length && m.FirstToken <= verb + length + 2 && IsHeld(s, m));
            if (led is null) continue;
            foreach (var leader in leaders)
            {
                s.Entities.AddRole(leader.EntityId, new Role(s.Tokens[verb].Folded, led.EntityId));
                yield return s.Relation(leader, RelationType.Leads, led, "leads.verb", 0.85, Modality.Asserted);
            }
        }
        foreach (var (passive, length) in s.Find(s.Triggers.LeadPassives))
        {
            var leader = s.Mentions.FirstOrDefault(m => m.FirstToken == passive + length && s.Is(m, EntityType.Person));
            var led = s.SubjectsBefore(passive, m => IsHeld(s, m));
            if (leader is null || led.Count != 1) continue;
            yield return s.Relation(leader, RelationType.Leads, led[0], "leads.passive", 0.85, Modality.Asserted);
        }
        foreach (var role in s.Mentions.Where(m => m.Kind == MentionKind.Role))
        {
            if (s.Mentions.FirstOrDefault(m => m != role && m.FirstToken >= role.FirstToken && m.EndToken <= role.EndToken && IsHeld(s, m)) is { } held)
                yield return s.Relation(role.EntityId, RelationType.Leads, held.EntityId, "leads.role", 0.8, Modality.Asserted);
        }
    }

    private static bool IsHeld(SentenceContext s, Mention m) =>
        m.Kind != MentionKind.Pronoun && s.Is(m, EntityType.Organization, EntityType.Country);

    /// <summary>"deputy prime minister", "former Costa Rican president": a blocker anywhere in the title's prefix.</summary>
    private static bool IsBlocked(SentenceContext s, int title)
    {
        for (var i = title - 1; i >= Math.Max(0, title - TitleReach); i--)
        {
            if (s.Words.HeadTitleBlockers.Contains(s.Tokens[i].Folded)) return true;
            if (s.At(i) is not { } mention) continue;
            if (mention.Kind == MentionKind.Name && !mention.Possessive) return false;
            i = mention.FirstToken;
        }
        return false;
    }

    /// <summary>[holders] [title words] [people]: the title stands right before the names it belongs to.</summary>
    private static IEnumerable<ExtractedRelation> TitleBeforeName(SentenceContext s, int title, int length)
    {
        var namesStart = title + length;
        var people = s.CoordinatedFrom(namesStart, Math.Min(s.Tokens.Count, namesStart + 8), m => s.Is(m, EntityType.Person) && m.Kind == MentionKind.Name);
        if (people.Count == 0 || people[0].FirstToken != namesStart) yield break;
        var titleStart = title;
        while (titleStart > 0 && s.At(titleStart - 1) is null && s.Words.PersonTitles.Contains(s.Tokens[titleStart - 1].Folded) && title - titleStart < TitleReach)
            titleStart--;
        var holders = HoldersEndingAt(s, titleStart);
        if (holders.Count == 0 && OfHolder(s, people[0]) is { } ofHolder) holders = [ofHolder];
        var paired = Math.Min(holders.Count, people.Count);
        for (var i = 0; i < paired; i++)
        {
            s.Entities.InferNationality(people[i].EntityId, holders[i].EntityId);
            yield return s.Relation(people[i], RelationType.Leads, holders[i], "leads.title", 0.9, Modality.Asserted);
        }
        var titleText = string.Join(' ', s.Tokens.Skip(title).Take(length).Select(t => t.Folded));
        foreach (var person in people.Skip(paired))
        {
            var roles = s.Entities.RolesOf(person.EntityId).Where(r => TitleMatches(r.Title, titleText) && IsMentionedInArticle(s, r.Of));
            foreach (var role in roles.DistinctBy(r => r.Of))
                yield return s.Relation(person.EntityId, RelationType.Leads, role.Of, "leads.known-role", 0.75, Modality.Asserted);
        }
    }

    /// <summary>"the president of Venezuela, Hugo Chavez" and "Igor Sechin, chairman of Rosneft".</summary>
    private static IEnumerable<ExtractedRelation> TitleOfHolder(SentenceContext s, int title, int length)
    {
        var of = title + length;
        if (of + 1 >= s.Tokens.Count || s.Tokens[of].Folded != "of" || s.At(of + 1) is not { } held || !IsHeld(s, held)) yield break;
        Mention? person = null;
        if (held.EndToken + 1 < s.Tokens.Count && s.Tokens[held.EndToken].Text == ",")
            person = s.At(held.EndToken + 1) is { } after && s.Is(after, EntityType.Person) ? after : null;
        var before = title - 1;
        while (before >= 0 && s.Tokens[before].Folded is "the" or "a" or "an" || before >= 0 && s.Words.PersonTitles.Contains(s.Tokens[before].Folded) && s.At(before) is null)
            before--;
        if (person is null && before > 0 && s.Tokens[before].Text == "," && s.At(before - 1) is { } named && s.Is(named, EntityType.Person))
            person = named;
        if (person is not null)
            yield return s.Relation(person, RelationType.Leads, held, "leads.apposition", 0.85, Modality.Asserted);
    }

    /// <summary>"King Salman of Saudi Arabia": the holder named after the person.</summary>
    private static Mention? OfHolder(SentenceContext s, Mention person) =>
        person.EndToken + 1 < s.Tokens.Count && s.Tokens[person.EndToken].Folded == "of" && s.At(person.EndToken + 1) is { } held && IsHeld(s, held)
            ? held
            : null;

    private static List<Mention> HoldersEndingAt(SentenceContext s, int end)
    {
        var holders = new List<Mention>();
        var i = end - 1;
        if (i >= 0 && s.Tokens[i].Text == "'s") i--;
        while (i >= 0 && s.At(i) is { } holder && IsHeld(s, holder) && holder.Kind != MentionKind.Metonym)
        {
            holders.Insert(0, holder);
            i = holder.FirstToken - 1;
            if (i < 0 || s.Tokens[i].Folded is not ("and" or ",")) break;
            i--;
        }
        return holders;
    }

    private static bool IsMentionedInArticle(SentenceContext s, string entityId) =>
        s.Article.Any(sentence => sentence.Mentions.Any(m => m.EntityId == entityId));

    private static bool TitleMatches(string roleTitle, string title) =>
        title == roleTitle || title == roleTitle + "s" || title.StartsWith(roleTitle + " ", StringComparison.Ordinal);
}
