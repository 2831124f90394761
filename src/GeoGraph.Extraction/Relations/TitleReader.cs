using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Relations;

/// <summary>
/// LEADS from head titles, which news writes inside noun phrases rather than with a verb: "Ryanair chief executive
/// Michael O'Leary", "Venezuelan and Bolivian Presidents Hugo Chavez and Evo Morales", "King Salman of Saudi Arabia",
/// "Igor Sechin, chairman of Rosneft", "the president of Venezuela, Hugo Chavez", "Rex Tillerson, Exxon's chief
/// executive", "the Rosneft chairman"; and "President Putin" when the lexicon knows what he is president of.
/// Deputies, vice-presidents and former holders lead nothing.
/// </summary>
internal sealed class TitleReader(Vocabulary words)
{
    private const int TitleReach = 4;

    /// <summary>The sentence's (person, what they lead, rule) facts, or null if it states none.</summary>
    /// <param name="homeCountry">The country the story is about, if one stands out: "President X" with no other holder leads it.</param>
    public List<(string Person, string Held, string Rule)>? Read(SentenceMentions sentence, ArticleEntities entities, string? homeCountry)
    {
        List<(string Person, string Held, string Rule)>? found = null;
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = words.HeadTitles.MatchAt(tokens, i);
            if (length == 0 || sentence.At(i) is not null) continue;
            if (!IsBlocked(sentence, i))
            {
                TitleBeforeName(sentence, entities, i, length, homeCountry, ref found);
                TitleOfHolder(sentence, i, length, ref found);
                PossessedTitle(sentence, i, length, ref found);
            }
            i += length - 1;
        }
        foreach (var role in sentence.Mentions)
        {
            if (role.Kind == MentionKind.Role && HeldWithin(sentence, role) is { } held) Add(ref found, role.EntityId, held.EntityId, "leads.role");
        }
        return found;
    }

    /// <summary>Adds a fact to the sentence's, rented with the first: most sentences state none.</summary>
    private static void Add(ref List<(string Person, string Held, string Rule)>? found, string person, string held, string rule) =>
        (found ??= ScratchLists<(string, string, string)>.RentForSentence()).Add((person, held, rule));

    /// <summary>"the Rosneft chairman": the organisation or country named inside a role.</summary>
    private static Mention? HeldWithin(SentenceMentions sentence, Mention role)
    {
        foreach (var m in sentence.Mentions)
        {
            if (m != role && m.FirstToken >= role.FirstToken && m.EndToken <= role.EndToken && IsHeld(m)) return m;
        }
        return null;
    }

    private static bool IsHeld(Mention m) =>
        m.Kind is not (MentionKind.Pronoun or MentionKind.Metonym) && m.EntityType is EntityType.Organization or EntityType.Country;

    private static bool IsPerson(Mention m) => m.EntityType == EntityType.Person;

    /// <summary>"deputy prime minister", "former Costa Rican president": a blocker among the words before the title.</summary>
    private bool IsBlocked(SentenceMentions sentence, int title)
    {
        for (var i = title - 1; i >= Math.Max(0, title - TitleReach); i--)
        {
            if (words.HeadTitleBlockers.Contains(sentence.Tokens[i])) return true;
            if (sentence.At(i) is not { } mention) continue;
            if (mention.Kind == MentionKind.Name && !mention.Possessive) return false;
            i = mention.FirstToken;
        }
        return false;
    }

    /// <summary>[holders] [title] [people], or [title] [person] of [holder].</summary>
    private void TitleBeforeName(SentenceMentions sentence, ArticleEntities entities, int title, int length, string? homeCountry, ref List<(string Person, string Held, string Rule)>? found)
    {
        var namesStart = title + length;
        // "Rio Tinto's new chief executive, Simon Trott": the name may follow a comma.
        if (namesStart + 1 < sentence.Tokens.Count && sentence.Tokens[namesStart].Text == "," && sentence.At(namesStart) is null) namesStart++;
        var people = CoordinatedPeople(sentence, namesStart);
        if (people.Count == 0) return;
        var titleText = TokenText.Folded(sentence.Tokens, title, title + length);
        var titleStart = title;
        while (titleStart > 0 && sentence.At(titleStart - 1) is null && title - titleStart < TitleReach
               && (words.PersonTitles.Contains(sentence.Tokens[titleStart - 1]) || words.TitleQualifiers.Contains(sentence.Tokens[titleStart - 1])))
            titleStart--;
        var holders = HoldersEndingAt(sentence, titleStart);
        if (holders.Count == 0 && OfHolder(sentence, people[^1]) is { } ofHolder) holders = [ofHolder];
        if (holders.Count == 0 && !words.StateTitles.Contains(titleText) && CompanyDescribedAfter(sentence, people[^1]) is { } company)
            holders = [company];
        var paired = Math.Min(holders.Count, people.Count);
        // "Rosneft's chairmen X and Y" both hold it; "Air Astana president Peter Foster and Paulo Silva, who heads Embraer", the first.
        if (holders.Count == 1 && IsPlural(titleText)) paired = people.Count;
        for (var i = 0; i < paired; i++)
        {
            var held = holders[Math.Min(i, holders.Count - 1)];
            entities.InferNationality(people[i].EntityId, held.EntityId);
            Add(ref found, people[i].EntityId, held.EntityId, "leads.title");
        }
        for (var p = paired; p < people.Count; p++)
        {
            var person = people[p];
            var roles = KnownRoles(entities, person.EntityId, titleText);
            foreach (var role in roles) Add(ref found, person.EntityId, role.Of, "leads.known-role");
            if (roles.Count == 0 && words.StateTitles.Contains(titleText) && (entities.Get(person.EntityId).Nationality ?? HomeIfAlone(sentence, entities, person, homeCountry)) is { } country)
                Add(ref found, person.EntityId, country, "leads.state-title");
        }
    }

    /// <summary>The roles the lexicon knows a person by under this title, one per holder.</summary>
    /// <remarks>A method of its own so that its closure over the title is made only when it is called, which is rare.</remarks>
    private static List<Role> KnownRoles(ArticleEntities entities, string personId, string titleText) =>
        entities.RolesOf(personId).Where(r => TitleMatches(r.Title, titleText)).DistinctBy(r => r.Of).ToList();

    /// <summary>
    /// The story's country, unless the sentence names another country the title could belong to, or another person the
    /// lexicon knows to hold a state title of the story's country ("President Ruto and Chinese leader Xi", in a story
    /// about China).
    /// </summary>
    private string? HomeIfAlone(SentenceMentions sentence, ArticleEntities entities, Mention person, string? homeCountry)
    {
        foreach (var m in sentence.Mentions)
        {
            if (m.EntityId != homeCountry && m.EntityType == EntityType.Country) return null;
            if (m.EntityType == EntityType.Person && m.EntityId != person.EntityId && HoldsStateTitleOf(entities, m.EntityId, homeCountry)) return null;
        }
        return homeCountry;
    }

    private bool HoldsStateTitleOf(ArticleEntities entities, string personId, string? country)
    {
        foreach (var role in entities.RolesOf(personId))
        {
            if (role.Of == country && words.StateTitles.Contains(role.Title)) return true;
        }
        return false;
    }

    /// <summary>"Igor Sechin, chairman of Rosneft" and "the president of Venezuela, Hugo Chavez".</summary>
    private void TitleOfHolder(SentenceMentions sentence, int title, int length, ref List<(string Person, string Held, string Rule)>? found)
    {
        var tokens = sentence.Tokens;
        var of = title + length;
        var heldAt = of + 1 < tokens.Count && tokens[of + 1].Folded == "the" ? of + 2 : of + 1;
        if (heldAt >= tokens.Count || tokens[of].Folded != "of" || sentence.At(heldAt) is not { } held || !IsHeld(held)) return;
        Mention? person = null;
        if (held.EndToken + 1 < tokens.Count && tokens[held.EndToken].Text == "," && sentence.At(held.EndToken + 1) is { } after && IsPerson(after))
            person = after;
        var before = title - 1;
        while (before >= 0 && sentence.At(before) is null && (tokens[before].Folded is "the" or "a" or "an" or "and" or "also" or "now" or "currently"
               || words.PersonTitles.Contains(tokens[before])))
            before--;
        if (person is null && before > 0 && tokens[before].Text == "," && sentence.At(before - 1) is { } named && IsPerson(named))
            person = named;
        // "Al-Kaabi is also president and chief executive of QatarEnergy"
        if (person is null && before > 0 && tokens[before].Folded is "is" or "was" or "became" or "remains" && sentence.At(before - 1) is { } subject && IsPerson(subject))
            person = subject;
        if (person is not null) Add(ref found, person.EntityId, held.EntityId, "leads.apposition");
    }

    /// <summary>"Rex Tillerson, Exxon's chief executive", "…, the RDB's chief executive": a person, then the holder's title between commas.</summary>
    private static void PossessedTitle(SentenceMentions sentence, int title, int length, ref List<(string Person, string Held, string Rule)>? found)
    {
        var tokens = sentence.Tokens;
        if (title < 4 || tokens[title - 1].Text != "'s" || sentence.At(title - 2) is not { } held || !IsHeld(held)) return;
        var comma = held.FirstToken - 1;
        if (comma > 0 && tokens[comma].Folded == "the") comma--;
        if (comma < 1 || tokens[comma].Text != "," || sentence.At(comma - 1) is not { } person || !IsPerson(person)) return;
        Add(ref found, person.EntityId, held.EntityId, "leads.apposition");
    }

    /// <summary>"Chief executive Anders Opedal said the company …": a company title with no holder is held at the company the sentence goes on to describe.</summary>
    private static Mention? CompanyDescribedAfter(SentenceMentions sentence, Mention person)
    {
        foreach (var m in sentence.Mentions)
        {
            if (m.FirstToken >= person.EndToken && m.Kind == MentionKind.Description && m.EntityType == EntityType.Organization) return m;
        }
        return null;
    }

    /// <summary>"King Salman of Saudi Arabia": the holder named after the person.</summary>
    private static Mention? OfHolder(SentenceMentions sentence, Mention person) =>
        person.EndToken + 1 < sentence.Tokens.Count && sentence.Tokens[person.EndToken].Folded == "of" && sentence.At(person.EndToken + 1) is { } held && IsHeld(held)
            ? held
            : null;

    private static List<Mention> HoldersEndingAt(SentenceMentions sentence, int end)
    {
        var i = end - 1;
        // "KazMunayGas, whose chief executive Askhat Khassenov": the holder is the antecedent of "whose".
        if (i >= 2 && sentence.Tokens[i].Folded == "whose" && sentence.Tokens[i - 1].Text == "," && sentence.At(i - 2) is { } antecedent && IsHeld(antecedent))
            return ScratchLists<Mention>.RentForSentence(antecedent);
        var holders = ScratchLists<Mention>.RentForSentence();
        if (i >= 0 && sentence.Tokens[i].Text == "'s") i--;
        while (i >= 0 && sentence.At(i) is { } holder && IsHeld(holder))
        {
            holders.Insert(0, holder);
            i = holder.FirstToken - 1;
            if (i < 0 || sentence.Tokens[i].Folded is not ("and" or ",")) break;
            i--;
        }
        return holders;
    }

    /// <summary>The person named at a token and those joined to it by "and" or commas.</summary>
    private static List<Mention> CoordinatedPeople(SentenceMentions sentence, int start)
    {
        var group = ScratchLists<Mention>.RentForSentence();
        var i = start;
        while (sentence.At(i) is { } mention && mention.FirstToken == i && mention.Kind == MentionKind.Name && IsPerson(mention))
        {
            group.Add(mention);
            i = mention.EndToken;
            if (i + 1 >= sentence.Tokens.Count || sentence.Tokens[i].Folded is not ("and" or ",")) break;
            i++;
        }
        return group;
    }

    /// <summary>"presidents", "chief executives", "bosses", "chairmen" — not "boss".</summary>
    private static bool IsPlural(string title) =>
        (title.EndsWith('s') && !title.EndsWith("ss", StringComparison.Ordinal)) || title.EndsWith("men", StringComparison.Ordinal);

    private static bool TitleMatches(string roleTitle, string title) =>
        title == roleTitle || title == roleTitle + "s" || title.StartsWith(roleTitle + " ", StringComparison.Ordinal);
}
