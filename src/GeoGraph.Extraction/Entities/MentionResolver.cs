using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Entities;

/// <summary>
/// Article-level passes over the named mentions: bare surnames of people named in full earlier, capitals
/// standing for their country, roles standing for the person who holds them, and personal pronouns.
/// </summary>
internal sealed class MentionResolver(KnowledgeBase knowledge)
{
    private const int PronounLookbackSentences = 2;
    private const int GroupLookbackSentences = 4;
    private const int DescriptionLookbackSentences = 4;

    // Words looked for at every token, compared by word number without reading the token's letters. All are in the
    // lexicon's word lists, which number their words as they load, before any article is read.
    private static readonly WordBits PersonalPronouns = WordBits.Of("he", "him", "his", "himself", "she", "her", "hers", "herself");
    private static readonly int It = WordIds.Intern("it");
    private static readonly int The = WordIds.Intern("the");
    private static readonly int Two = WordIds.Intern("two");
    private static readonly int Both = WordIds.Intern("both");
    private static readonly int Pair = WordIds.Intern("pair");

    private readonly Vocabulary _words = knowledge.Vocabulary;

    public void Resolve(List<SentenceMentions> sentences, ArticleEntities entities)
    {
        LinkIntroducedNames(sentences, entities);
        CompanyShortNames.Link(sentences, entities, _words.OrgHeadNouns);
        foreach (var sentence in sentences) ResolveMetonyms(sentence, entities);
        foreach (var sentence in sentences) ResolveRoles(sentence, sentences, entities);
        var nameEnds = LastWordsOfNames(sentences);
        for (var s = 0; s < sentences.Count; s++) ResolveDescriptions(sentences, s, entities, nameEnds);
        ResolvePronouns(sentences, entities);
        for (var s = 0; s < sentences.Count; s++) ResolveGroups(sentences, s, entities);
    }

    /// <summary>"the two countries", "both leaders", "the pair": the two latest distinct entities of a type the noun can stand for.</summary>
    private void ResolveGroups(List<SentenceMentions> sentences, int index, ArticleEntities entities)
    {
        var sentence = sentences[index];
        var tokens = sentence.Tokens;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            var isPair = tokens[i].Id == The && tokens[i + 1].Id == Pair;
            var isGroup = isPair || tokens[i].Id == The && tokens[i + 1].Id == Two || tokens[i].Id == Both;
            if (!isGroup) continue;
            var first = tokens[i].Id == Both || isPair ? i + 1 : i + 2;
            // The noun is one of the next two words: "the two countries", "both Russian leaders".
            var nounAt = first;
            IReadOnlyList<EntityType>? types = null;
            while (nounAt < first + 2 && nounAt < tokens.Count && !_words.GroupAnaphors.TryGetValue(tokens[nounAt].Folded, out types)) nounAt++;
            if (types is null) continue;
            if (LatestPair(sentences, index, i, types) is not { } pair) continue;
            foreach (var id in pair)
                sentence.Mentions.Add(entities.Mention(i, nounAt + 1, tokens[i].Start, tokens[nounAt].End, id, MentionKind.Group));
            sentence.Mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }
    }

    /// <summary>
    /// "the company", "the Russian carrier", "the country": the latest entity of a type the noun can stand for, in this
    /// sentence or the few before it. A name right after the noun ("the company Rosneft") is the name, not a reference.
    /// </summary>
    private void ResolveDescriptions(List<SentenceMentions> sentences, int index, ArticleEntities entities, HashSet<string> nameEnds)
    {
        var sentence = sentences[index];
        var tokens = sentence.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Id != The || sentence.At(i + 1) is { Kind: not MentionKind.Demonym }) continue;
            var noun = i + 1;
            while (noun < tokens.Count && sentence.At(noun) is { Kind: MentionKind.Demonym } demonym) noun = demonym.EndToken;
            if (noun >= tokens.Count || tokens[noun].IsCapitalized || !tokens[noun].IsWord) continue;
            if (noun + 1 < tokens.Count && (sentence.At(noun + 1) is not null || tokens[noun + 1].Folded == "of")) continue;
            var folded = tokens[noun].Folded;
            var endsName = nameEnds.Contains(folded);
            var id = (endsName ? LatestNamedBy(sentences, index, i, folded, entities, DescriptionLookbackSentences) : null)
                ?? (_words.DescriptionAnaphors.TryGetValue(folded, out var types) ? Latest(sentences, index, i, types) : null)
                ?? (endsName ? LatestNamedBy(sentences, index, i, folded, entities, index) : null);
            if (id is null) continue;
            RemoveWithin(sentence.Mentions, i + 1, noun);
            AddMention(sentence, entities.Mention(i, noun + 1, tokens[i].Start, tokens[noun].End, id, MentionKind.Description));
            i = noun;
        }
    }

    /// <summary>
    /// The last words, folded, of the names of more than one word of the things the article names (not people): the only
    /// nouns worth looking for at the end of an entity's name ("the refinery" after "the Dangote Petroleum Refinery").
    /// </summary>
    private static HashSet<string> LastWordsOfNames(List<SentenceMentions> sentences)
    {
        var ends = ScratchSets<string>.Rent();
        var named = ScratchSets<string>.Rent();
        foreach (var sentence in sentences)
        {
            foreach (var mention in sentence.Mentions)
            {
                if (mention.Kind != MentionKind.Name || mention.EntityType == EntityType.Person || !named.Add(mention.EntityId)
                    || mention.EntityName.LastIndexOf(' ') is not (> 0 and var space)) continue;
                ends.Add(TextFolding.Fold(mention.EntityName[(space + 1)..]));
            }
        }
        return ends;
    }

    /// <summary>
    /// "the refinery" after "the Dangote Petroleum Refinery": the latest entity whose name ends with the noun, within the
    /// given number of sentences back. Asked first nearby, then, when no entity of a type the noun stands for is near
    /// either, across the whole article: the name says which entity the noun means, as the type alone does only nearby.
    /// </summary>
    private static string? LatestNamedBy(List<SentenceMentions> sentences, int sentence, int beforeToken, string noun, ArticleEntities entities, int lookback)
    {
        for (var s = sentence; s >= Math.Max(0, sentence - lookback); s--)
        {
            var mentions = sentences[s].Mentions;
            for (var m = mentions.Count - 1; m >= 0; m--)
            {
                var mention = mentions[m];
                if (s == sentence && mention.EndToken > beforeToken || mention.Kind != MentionKind.Name) continue;
                if (entities.NameEndsWithWord(mention, noun)) return mention.EntityId;
            }
        }
        return null;
    }

    /// <summary>
    /// The entity "the company" stands for: the first one of its type in the sentence before it — news names the
    /// company a sentence is about first ("Saab delivered the jets to the Air Force, the Swedish company said") — else
    /// the latest one in the sentences before.
    /// </summary>
    private static string? Latest(List<SentenceMentions> sentences, int sentence, int beforeToken, IReadOnlyList<EntityType> types)
    {
        foreach (var mention in sentences[sentence].Mentions)
        {
            if (mention.EndToken <= beforeToken && Fits(mention, types)) return mention.EntityId;
        }
        for (var s = sentence - 1; s >= Math.Max(0, sentence - DescriptionLookbackSentences); s--)
        {
            var mentions = sentences[s].Mentions;
            for (var m = mentions.Count - 1; m >= 0; m--)
            {
                if (Fits(mentions[m], types)) return mentions[m].EntityId;
            }
        }
        return null;
    }

    private static bool Fits(Mention mention, IReadOnlyList<EntityType> types) =>
        mention.Kind is not (MentionKind.Group or MentionKind.Demonym) && !mention.Possessive && types.Contains(mention.EntityType);

    private static string[]? LatestPair(List<SentenceMentions> sentences, int sentence, int beforeToken, IReadOnlyList<EntityType> types)
    {
        foreach (var type in types)
        {
            var (first, second) = (default(string), default(string));
            for (var s = sentence; s >= Math.Max(0, sentence - GroupLookbackSentences) && second is null; s--)
            {
                var mentions = sentences[s].Mentions;
                for (var m = mentions.Count - 1; m >= 0 && second is null; m--)
                {
                    var mention = mentions[m];
                    if (s == sentence && mention.EndToken > beforeToken) continue;
                    if (mention.Kind == MentionKind.Group || mention.EntityType != type || mention.EntityId == first) continue;
                    if (first is null) first = mention.EntityId;
                    else second = mention.EntityId;
                }
            }
            if (second is not null) return [first!, second];
        }
        return null;
    }

    /// <summary>
    /// Later bare mentions of names the article introduced: a person's surname ("Mukhin"), and the whole name of an
    /// entity found by its context the first time ("state oil company Petroecuador", then "Petroecuador").
    /// </summary>
    private static void LinkIntroducedNames(List<SentenceMentions> sentences, ArticleEntities entities)
    {
        var names = new IntroducedNames();
        var named = ScratchSets<string>.Rent();
        foreach (var sentence in sentences)
        {
            foreach (var mention in sentence.Mentions)
            {
                if (mention.Kind != MentionKind.Name || !named.Add(mention.EntityId)) continue;
                var name = mention.EntityName;
                if (entities.IsDiscovered(mention.EntityId)) names.Add(name, mention.EntityId);
                if (mention.EntityType == EntityType.Person && name.LastIndexOf(' ') is var space and >= 0) names.Add(name[(space + 1)..], mention.EntityId);
            }
        }
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                // Most tokens can start no name: they are turned away before the sentence's mentions are searched.
                if (!IntroducedNames.MayStartName(sentence.Tokens[i]) || sentence.At(i) is not null
                    || names.LongestMatch(sentence.Tokens, i) is not var (id, length)) continue;
                if (AnyMentionWithin(sentence, i, i + length)) continue;
                var (first, last) = (sentence.Tokens[i], sentence.Tokens[i + length - 1]);
                sentence.Mentions.Add(entities.Mention(i, i + length, first.Start, last.End, id, MentionKind.Name,
                    possessive: i + length < sentence.Tokens.Count && sentence.Tokens[i + length].Text == "'s"));
                i += length - 1;
            }
            sentence.Mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }
    }

    private static bool AnyMentionWithin(SentenceMentions sentence, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (sentence.At(t) is not null) return true;
        }
        return false;
    }

    private void ResolveMetonyms(SentenceMentions sentence, ArticleEntities entities)
    {
        var tokens = sentence.Tokens;
        for (var m = 0; m < sentence.Mentions.Count; m++)
        {
            var mention = sentence.Mentions[m];
            // Only a capital has a country it stands for, and the table types every capital a city: other mentions need no look-up.
            if (mention.Kind != MentionKind.Name || mention.EntityType != EntityType.City || entities.Get(mention.EntityId).CapitalOf is not { } country) continue;
            var before = mention.FirstToken > 0 && tokens[mention.FirstToken - 1].Folded == "the" ? mention.FirstToken - 1 : mention.FirstToken;
            var isPlace = IsDateline(tokens, mention)
                || before > 0 && _words.LocativeCues.Contains(tokens[before - 1])
                || mention.EndToken + 1 < tokens.Count && tokens[mention.EndToken].Text == ","
                   && sentence.At(mention.EndToken + 1) is { } next && next.EntityType == EntityType.Country;
            if (!isPlace) sentence.Mentions[m] = entities.Metonym(mention, country);
        }
    }

    /// <summary>"CARACAS, Sept 19 (Reuters) -", "NAIROBI (AFP) --": a capital in capitals opening a sentence is where the story was filed.</summary>
    public static bool IsDateline(List<Token> tokens, Mention mention) =>
        mention.FirstToken == 0 && tokens[0].IsAllCaps && mention.EndToken < tokens.Count && tokens[mention.EndToken].Text is "," or "(" or "-" or "--" or "—";

    private void ResolveRoles(SentenceMentions sentence, List<SentenceMentions> all, ArticleEntities entities)
    {
        var tokens = sentence.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            var titleLength = _words.HeadTitles.MatchAt(tokens, i);
            if (titleLength == 0 || sentence.At(i) is not null) continue;
            var after = i + titleLength;
            if (after < tokens.Count && (tokens[after].IsCapitalized && tokens[after].IsWord || sentence.At(after) is not null)) continue;
            if (_words.HeadTitleBlockers.Contains(tokens[i - 1])) continue;
            var title = TokenText.Folded(tokens, i, after);
            if (HolderBefore(sentence, i) is not { } holder)
            {
                if (tokens[i - 1].Folded == "the" && PersonTitled(title, all) is { } titled)
                    AddMention(sentence, entities.Mention(i - 1, after, tokens[i - 1].Start, tokens[after - 1].End, titled, MentionKind.Role));
                continue;
            }
            if (holder.EntityType is not (EntityType.Organization or EntityType.Country)) continue;
            if (PersonHolding(title, holder.EntityId, all, entities) is not { } person) continue;
            var start = holder.FirstToken;
            AddMention(sentence, entities.Mention(start, after, tokens[start].Start, tokens[after - 1].End, person, MentionKind.Role));
        }
    }

    /// <summary>The last mention ending right before a title, or before the "'s" before it: "Rosneft chief", "Gazprom's chairman".</summary>
    private static Mention? HolderBefore(SentenceMentions sentence, int title)
    {
        var possessive = sentence.Tokens[title - 1].Text == "'s";
        for (var m = sentence.Mentions.Count - 1; m >= 0; m--)
        {
            var end = sentence.Mentions[m].EndToken;
            if (end == title || end == title - 1 && possessive) return sentence.Mentions[m];
        }
        return null;
    }

    /// <summary>Removes the mentions lying wholly within tokens [first, end): a loop, as a lambda here would cost a closure per token.</summary>
    private static void RemoveWithin(List<Mention> mentions, int first, int end)
    {
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            if (mentions[m].FirstToken >= first && mentions[m].EndToken <= end) mentions.RemoveAt(m);
        }
    }

    private static void AddMention(SentenceMentions sentence, Mention mention)
    {
        sentence.Mentions.Add(mention);
        sentence.Mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    /// <summary>"the king": the one person the article names with that title ("King Salman"), if there is exactly one.</summary>
    private string? PersonTitled(string title, List<SentenceMentions> all)
    {
        string? titled = null;
        foreach (var sentence in all)
        {
            foreach (var mention in sentence.Mentions)
            {
                if (!IsPersonNamed(mention) || mention.EntityId == titled) continue;
                var length = _words.HeadTitles.MatchEndingAt(sentence.Tokens, mention.FirstToken);
                if (length == 0 || TokenText.Folded(sentence.Tokens, mention.FirstToken - length, mention.FirstToken) != title) continue;
                // A second person with the title: the title names neither.
                if (titled is not null) return null;
                titled = mention.EntityId;
            }
        }
        return titled;
    }

    private string? PersonHolding(string title, string heldId, List<SentenceMentions> all, ArticleEntities entities)
    {
        var isGeneric = _words.GenericHeadTitles.Contains(title);
        string? holder = null;
        foreach (var sentence in all)
        {
            foreach (var mention in sentence.Mentions)
            {
                if (!IsPersonNamed(mention) || mention.EntityId == holder || !Holds(entities.RolesOf(mention.EntityId), title, heldId, isGeneric)) continue;
                // A second holder: the title names neither.
                if (holder is not null) return null;
                holder = mention.EntityId;
            }
        }
        return holder;
    }

    private static bool IsPersonNamed(Mention mention) =>
        mention.Kind == MentionKind.Name && mention.EntityType == EntityType.Person;

    private static bool Holds(IReadOnlyList<Role> roles, string title, string heldId, bool isGeneric)
    {
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i].Of == heldId && (roles[i].Title == title || isGeneric)) return true;
        }
        return false;
    }

    private void ResolvePronouns(List<SentenceMentions> sentences, ArticleEntities entities)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                var token = sentence.Tokens[i];
                if (!PersonalPronouns.Contains(token.Id) && token.Id != It || sentence.At(i) is not null) continue;
                var person = token.Id == It
                    ? LatestActorInSentence(sentence, i) ?? (s > 0 ? FirstActor(sentences[s - 1]) : null)
                    : (i == 0 && s > 0 ? FirstPerson(sentences[s - 1]) : null) ?? LatestPerson(sentences, s, i);
                if (person is null) continue;
                sentence.Mentions.Add(entities.Mention(i, i + 1, token.Start, token.End, person, MentionKind.Pronoun,
                    possessive: token.Folded is "his" or "her"));
                sentence.Mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
            }
        }
    }

    /// <summary>"Moscow would cut the price of gas it sells": "it" is the nearest organisation or country before it in the sentence.</summary>
    private static string? LatestActorInSentence(SentenceMentions sentence, int beforeToken)
    {
        var mentions = sentence.Mentions;
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var mention = mentions[m];
            if (mention.EndToken <= beforeToken && mention.Kind is MentionKind.Name or MentionKind.Metonym && !mention.Possessive
                && mention.EntityType is EntityType.Organization or EntityType.Country)
                return mention.EntityId;
        }
        return null;
    }

    /// <summary>"Gazprom signed the deal. It will …": across sentences "it" is the previous sentence's first actor, usually its subject.</summary>
    private static string? FirstActor(SentenceMentions sentence)
    {
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Kind is MentionKind.Name or MentionKind.Metonym or MentionKind.Description && !mention.Possessive
                && mention.EntityType is EntityType.Organization or EntityType.Country or EntityType.OilField)
                return mention.EntityId;
        }
        return null;
    }

    /// <summary>
    /// "Dreesen, who succeeded Kahn, said … He and Hainer met …": a pronoun opening a sentence is the previous sentence's
    /// subject, taken to be its first person named on their own — not after a preposition, titled or not ("After talks
    /// with Russian President Putin, Erdogan returned home"), and not as an owner.
    /// </summary>
    private string? FirstPerson(SentenceMentions sentence)
    {
        foreach (var mention in sentence.Mentions)
        {
            if (mention.EntityType != EntityType.Person || mention.Possessive || IsAfterPreposition(sentence, mention.FirstToken)) continue;
            return mention.EntityId;
        }
        return null;
    }

    /// <summary>Whether a preposition comes before a name, across its title and a country's adjective ("with Russian President …").</summary>
    private bool IsAfterPreposition(SentenceMentions sentence, int name)
    {
        var tokens = sentence.Tokens;
        var before = name;
        while (true)
        {
            if (_words.PersonTitles.MatchEndingAt(tokens, before) is var title and > 0) before -= title;
            else if (before > 0 && sentence.At(before - 1) is { Kind: MentionKind.Demonym } demonym) before = demonym.FirstToken;
            else break;
        }
        return before > 0 && _words.Prepositions.Contains(tokens[before - 1]);
    }

    private static string? LatestPerson(List<SentenceMentions> sentences, int sentence, int beforeToken)
    {
        for (var s = sentence; s >= Math.Max(0, sentence - PronounLookbackSentences); s--)
        {
            var mentions = sentences[s].Mentions;
            for (var m = mentions.Count - 1; m >= 0; m--)
            {
                var mention = mentions[m];
                if ((s < sentence || mention.EndToken <= beforeToken) && mention.EntityType == EntityType.Person) return mention.EntityId;
            }
        }
        return null;
    }
}
