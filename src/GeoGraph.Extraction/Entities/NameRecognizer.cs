using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Entities;

/// <summary>
/// Finds named mentions in one sentence: names introduced by a cue ("the magazine Russia in Global Affairs"),
/// lexicon names and demonyms, hyphen compounds ("Russia-Venezuela", "PDVSA-Services"), then unknown
/// capitalised names typed by their context (see <see cref="UnknownNameClassifier"/>).
/// </summary>
internal sealed class NameRecognizer(KnowledgeBase knowledge)
{
    private const int MaxKindWords = 2;

    private readonly Vocabulary _words = knowledge.Vocabulary;
    private readonly UnknownNameClassifier _classifier = new(knowledge.Vocabulary);
    private readonly OpenWorldNames _openWorld = new(knowledge);

    public List<Mention> Recognize(Sentence sentence, ArticleEntities entities)
    {
        var tokens = sentence.Tokens;
        var mentions = ScratchLists<Mention>.Rent();
        // Which tokens a name already covers, read only while the sentence's names are found.
        var covered = ScratchArray<NameRecognizer, bool>.Rent(tokens.Count);
        FindCueIntroducedNames(tokens, entities, mentions, covered);
        FindKnownNames(tokens, entities, mentions, covered);
        if (!sentence.IsTitle)
        {
            FindFieldNames(tokens, entities, mentions, covered);
            FindAcronymDefinitions(tokens, entities, mentions, covered);
            FindUnknownNames(tokens, entities, mentions, covered);
        }
        mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        entities.NoteMentioned(mentions);
        for (var m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].EndToken < tokens.Count && tokens[mentions[m].EndToken].Text == "'s") mentions[m] = mentions[m] with { Possessive = true };
        }
        return mentions;
    }

    private void FindCueIntroducedNames(List<Token> tokens, ArticleEntities entities, List<Mention> mentions, bool[] covered)
    {
        for (var i = 2; i < tokens.Count; i++)
        {
            var cue = _words.OrgCueBefore.MatchEndingAt(tokens, i);
            if (cue < 2 || tokens[i - cue].Folded != "the" || !tokens[i].IsCapitalized) continue;
            var end = NameRunEnd(tokens, i, allowCovered: true, covered, _words.TitleConnectors, entities);
            if (end - i < 2) continue;
            var id = entities.Discover(TokenText.Written(tokens, i, end), EntityType.Organization);
            Add(mentions, covered, tokens, entities, i, end, id, MentionKind.Name);
        }
    }

    private void FindKnownNames(List<Token> tokens, ArticleEntities entities, List<Mention> mentions, bool[] covered)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || !tokens[i].IsWord) continue;
            if (knowledge.Names.LongestMatch(tokens, i) is var (entity, length))
            {
                Add(mentions, covered, entities.Mention(i, i + length, tokens[i].Start, tokens[i + length - 1].End, entity, MentionKind.Name));
                i += length - 1;
            }
            else if (knowledge.Demonyms.LongestMatch(tokens, i) is var (country, demonymLength) && !IsLanguage(tokens, i, demonymLength))
            {
                Add(mentions, covered, entities.Mention(i, i + demonymLength, tokens[i].Start, tokens[i + demonymLength - 1].End, country, MentionKind.Demonym));
                i += demonymLength - 1;
            }
            else if (tokens[i].IsCapitalized && tokens[i].Text.Contains('-'))
            {
                if (FindCompoundParts(tokens[i], i, entities, mentions)) covered[i] = true;
            }
        }
    }

    /// <summary>"Russia-Venezuela", "PDVSA-Services", "Madrid-based": the known parts of a hyphen compound; whether any was found.</summary>
    private bool FindCompoundParts(Token token, int index, ArticleEntities entities, List<Mention> mentions)
    {
        var parts = Tokenizer.Tokenize(token.Text.Replace('-', ' '));
        var known = new LexiconEntity?[parts.Count];
        for (var p = 0; p < parts.Count; p++) known[p] = knowledge.Names.NameOf(parts[p]) ?? knowledge.Demonyms.NameOf(parts[p]);
        if (known[0] is not { } first) return false;
        if (AllKnown(known))
        {
            for (var p = 0; p < parts.Count; p++)
                mentions.Add(entities.Mention(index, index + 1, token.Start + parts[p].Start, token.Start + parts[p].End, known[p]!, MentionKind.Name));
            return true;
        }
        if (first.Type == EntityType.Organization && PartsAfterFirstAre(parts, capitalised: true))
        {
            var company = entities.Discover(token.Text, EntityType.Organization);
            mentions.Add(entities.Mention(index, index + 1, token.Start, token.End, company, MentionKind.Name));
            return true;
        }
        if (PartsAfterFirstAre(parts, capitalised: false))
        {
            mentions.Add(entities.Mention(index, index + 1, token.Start, token.Start + parts[0].End, first, MentionKind.Demonym));
            return true;
        }
        return false;
    }

    private static bool AllKnown(LexiconEntity?[] known) => Array.IndexOf(known, null) < 0;

    private static bool PartsAfterFirstAre(List<Token> parts, bool capitalised)
    {
        for (var p = 1; p < parts.Count; p++)
        {
            if (parts[p].IsCapitalized != capitalised) return false;
        }
        return true;
    }

    /// <summary>"the Badra field", "the Junin 1 block": a capitalised name, perhaps numbered, before a field noun.</summary>
    private void FindFieldNames(List<Token> tokens, ArticleEntities entities, List<Mention> mentions, bool[] covered)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].IsCapitalized || !_words.FieldNouns.Contains(tokens[i]) && !_words.ProjectHeadNouns.Contains(tokens[i])) continue;
            var end = i;
            // "the Akkuyu nuclear plant", "the Gorgon LNG project": a kind word or an acronym may stand between name and noun.
            while (end > 1 && i - end < MaxKindWords && IsKindWord(tokens[end - 1])) end--;
            var start = end;
            if (start > 0 && tokens[start - 1].StartsWithDigit) start--;
            while (start > 0 && (IsNameWord(tokens, start - 1, entities) && !covered[start - 1] || MentionsAround.IsPlaceAt(tokens, mentions, start - 1)
                   || start > 1 && _words.NameConnectors.Contains(tokens[start - 1]) && IsNameWord(tokens, start - 2, entities)))
                start--;
            if (start == end || !tokens[start].IsCapitalized || start > 0 && tokens[start - 1].Folded is not ("the" or "'s" or "of")) continue;
            var nameEnd = end < i && tokens[end].IsAllCaps ? end + 1 : end;
            Add(mentions, covered, tokens, entities, start, nameEnd, entities.Discover(TokenText.Written(tokens, start, nameEnd), EntityType.OilField), MentionKind.Name);
        }
    }

    /// <summary>"nuclear", "gas", "LNG": words between a project's name and the noun of its kind.</summary>
    private bool IsKindWord(Token token) =>
        token.IsAllCaps && token.Text.Length >= 2 || !token.IsCapitalized && token.IsWord && !_words.StopWords.Contains(token);

    private void FindUnknownNames(List<Token> tokens, ArticleEntities entities, List<Mention> mentions, bool[] covered)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || !IsNameWord(tokens, i, entities)) continue;
            var runStart = i;
            var end = NameRunEnd(tokens, runStart, allowCovered: false, covered, _words.NameConnectors, entities);
            i = Math.Max(i, end - 1);
            var named = runStart;
            while (named < end - 1 && _words.PersonTitles.MatchAt(tokens, named) is var title and > 0) named += title;
            if ((entities.PersonEndingWith(TokenText.Folded(tokens, named, end)) ?? (end - named == 1 ? entities.EntityOfAcronym(tokens[named].Text) : null)) is { } known)
            {
                Add(mentions, covered, tokens, entities, named, end, known, MentionKind.Name);
                continue;
            }
            if (PlaceSuffix(tokens, mentions, entities, runStart, end) is { } place)
            {
                Add(mentions, covered, tokens, entities, runStart, place.EndToken, entities.Discover(TokenText.Written(tokens, runStart, place.EndToken), EntityType.Organization), MentionKind.Name);
                i = place.EndToken - 1;
                continue;
            }
            if ((Classify(tokens, runStart, end) ?? CompanyOfCountry(tokens, mentions, runStart, end) ?? CompanyOfPlace(tokens, mentions, runStart, end)
                ?? TypeOfCoordinated(tokens, mentions, runStart, end) ?? _openWorld.Classify(tokens, runStart, end, entities)) is not var (start, type)) continue;
            if (type is EntityType.Organization or EntityType.OilField && MentionsAround.PlaceEndingAt(tokens, mentions, start) is { } prefix) start = prefix.FirstToken;
            var name = TokenText.Written(tokens, start, end);
            var id = entities.Discover(name, type, type == EntityType.City ? _openWorld.CountryOfCity(name) : null);
            Add(mentions, covered, tokens, entities, start, end, id, MentionKind.Name);
        }
    }

    /// <summary>
    /// Types a run of capitalised words. A run ending in an organisation noun is an organisation as it stands
    /// ("Oil Ministry"); otherwise leading titles are dropped ("Oil Minister Hussain al-Shahristani") and what
    /// remains is typed by <see cref="UnknownNameClassifier"/>.
    /// </summary>
    private (int Start, EntityType Type)? Classify(List<Token> tokens, int runStart, int end)
    {
        if (end - runStart >= 2 && _words.OrgHeadNouns.Contains(tokens[end - 1])) return (runStart, EntityType.Organization);
        var start = runStart;
        while (start < end && _words.PersonTitles.MatchAt(tokens, start) is var title and > 0) start = Math.Min(end, start + title);
        if (start == end) return null;
        // "Minister of State for Energy Affairs Saad al-Kaabi": after a title's complement, the person starts at a given name.
        if (start > runStart && !tokens[start].IsCapitalized && GivenNameAfter(tokens, start, end) is { } person) return (person, EntityType.Person);
        if (start == runStart && TitledGivenName(tokens, runStart, end) is { } named) return (named, EntityType.Person);
        var titled = start > runStart || IsTitleBefore(tokens, runStart);
        return _classifier.Classify(tokens, start, end, titled) is { } type ? (start, type) : null;
    }

    /// <summary>
    /// "Treasury Secretary John Mbadi", "Development Minister Zhenis Kassymbek": after a title inside the run, a given
    /// name, or the two or three capitalised words that end it, start the person's name.
    /// </summary>
    private int? TitledGivenName(List<Token> tokens, int start, int end)
    {
        for (var i = start + 1; i + 1 < end; i++)
        {
            if (_words.PersonTitles.MatchEndingAt(tokens, i) == 0) continue;
            if (_words.GivenNames.Contains(tokens[i]) || end - i is 2 or 3 && AllCapitalised(tokens, i, end)) return i;
        }
        return null;
    }

    /// <summary>
    /// "the Economic Community of West African States (ECOWAS)", "Korea Gas Corp (KOGAS)": an acronym in parentheses
    /// after a name whose first word shares its initial names an organisation, by the acronym, over names found inside it.
    /// </summary>
    private void FindAcronymDefinitions(List<Token> tokens, ArticleEntities entities, List<Mention> mentions, bool[] covered)
    {
        for (var open = 2; open + 2 < tokens.Count; open++)
        {
            if (tokens[open].Text != "(" || tokens[open + 2].Text != ")" || !tokens[open + 1].IsAllCaps || tokens[open + 1].Text.Length < 2) continue;
            var acronym = tokens[open + 1].Text;
            if (knowledge.Names.LongestMatch(tokens, open + 1) is not null) continue;
            var start = open;
            while (start > 0 && (tokens[start - 1].IsCapitalized && tokens[start - 1].IsWord || _words.NameConnectors.Contains(tokens[start - 1]) && start - 1 > 0))
                start--;
            while (start < open && (!tokens[start].IsCapitalized || _words.StopWords.Contains(tokens[start]))) start++;
            if (open - start < 2 || char.ToUpperInvariant(tokens[start].Text[0]) != acronym[0]) continue;
            var id = entities.Discover(acronym, EntityType.Organization);
            entities.AddAcronym(acronym, id);
            Add(mentions, covered, tokens, entities, start, open, id, MentionKind.Name);
            Add(mentions, covered, tokens, entities, open + 1, open + 2, id, MentionKind.Name);
        }
    }

    private int? GivenNameAfter(List<Token> tokens, int start, int end)
    {
        for (var i = start; i + 1 < end; i++)
        {
            if (_words.GivenNames.Contains(tokens[i]) && tokens[i].IsCapitalized) return i;
        }
        return null;
    }

    private static bool AllCapitalised(List<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!tokens[i].IsCapitalized) return false;
        }
        return true;
    }

    /// <summary>"Malaysia's Petronas": one unknown word a country owns names its company (people get two words).</summary>
    private (int, EntityType)? CompanyOfCountry(List<Token> tokens, List<Mention> mentions, int start, int end) =>
        end - start == 1 && start >= 2 && tokens[start - 1].Text == "'s" && _words.PersonTitles.MatchAt(tokens, start) == 0
            && MentionsAround.IsCountryEndingAt(mentions, start - 1)
            ? (start, EntityType.Organization)
            : null;

    /// <summary>"Japan Airlines", "Sberbank of Russia" aside: a place name before one organisation head noun names a company.</summary>
    private (int, EntityType)? CompanyOfPlace(List<Token> tokens, List<Mention> mentions, int start, int end) =>
        end - start == 1 && _words.OrgHeadNouns.Contains(tokens[start]) && MentionsAround.PlaceEndingAt(tokens, mentions, start) is not null
            ? (start, EntityType.Organization)
            : null;

    /// <summary>
    /// "Air France", "Credit Suisse", "Royal Dutch": one capitalised English word inside a sentence right before a country's
    /// name or adjective, with no more names after, is a company named after its country.
    /// </summary>
    private Mention? PlaceSuffix(List<Token> tokens, List<Mention> mentions, ArticleEntities entities, int start, int end)
    {
        if (end - start != 1 || SentenceStarts.IsAt(tokens, start) || !_openWorld.IsEnglish(tokens[start], entities)
            || _words.PersonTitles.Contains(tokens[start]) || _words.HeadTitles.Contains(tokens[start])) return null;
        var place = _words.PlaceNamedCompanyPrefixes.Contains(tokens[start]) ? MentionsAround.PlaceAt(tokens, mentions, end) : MentionsAround.CountryAt(mentions, end);
        var nameFollows = end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && tokens[end + 1].IsWord;
        return place is not null && !nameFollows ? place : null;
    }

    /// <summary>"Mumbai and Ahmedabad", "Kawasaki Heavy Industries and Hitachi": a name listed with a known one shares its type.</summary>
    private (int, EntityType)? TypeOfCoordinated(List<Token> tokens, List<Mention> mentions, int start, int end)
    {
        if (end - start > 2 || _words.PersonTitles.MatchAt(tokens, start) > 0) return null;
        var before = start >= 2 && tokens[start - 1].Folded is "and" or "," ? MentionsAround.LastEndingAt(mentions, start - 1) : null;
        var after = end + 1 < tokens.Count && tokens[end].Folded is "and" or "," ? MentionsAround.FirstStartingAt(mentions, end + 1) : null;
        if ((before ?? after) is not { Kind: MentionKind.Name } partner) return null;
        var type = partner.EntityType;
        return type is EntityType.City or EntityType.Organization or EntityType.Country ? (start, type) : null;
    }

    /// <summary>A title right before a name: "President", "chief executive", or a compound ending in one ("then-president").</summary>
    private bool IsTitleBefore(List<Token> tokens, int start) =>
        _words.PersonTitles.MatchEndingAt(tokens, start) > 0
        || start > 0 && tokens[start - 1].Folded.LastIndexOf('-') is var hyphen and > 0 && _words.PersonTitles.Contains(tokens[start - 1].Folded[(hyphen + 1)..]);

    /// <summary>
    /// Where a run of name words starting at <paramref name="start"/> ends: across connectors ("Bank of China") and "&amp;",
    /// and across "and" only when an organisation noun closes one name. A head title inside a run starts the next name
    /// ("Columbia | Premier David Eby").
    /// </summary>
    private int NameRunEnd(List<Token> tokens, int start, bool allowCovered, bool[] covered, PhraseSet connectors, ArticleEntities entities)
    {
        var end = start;
        var firstAnd = -1;
        while (end < tokens.Count && (allowCovered || !covered[end]))
        {
            if (IsNameWord(tokens, end, entities) || end > start && IsRegnalNumber(tokens[end]))
            {
                if (end > start && _words.HeadTitles.MatchAt(tokens, end) > 0 && _words.PersonTitles.MatchAt(tokens, start) == 0) break;
                end++;
                continue;
            }
            // "&" always joins one name ("Embraer Defense & Security"); "and" only sometimes (see JoinsOneName).
            var isAnd = tokens[end].Folded == "and";
            var isConnector = (connectors.Contains(tokens[end]) || isAnd || tokens[end].Text == "&") && end > start && end + 1 < tokens.Count
                && IsNameWord(tokens, end + 1, entities) && (allowCovered || !covered[end + 1]);
            if (!isConnector) break;
            if (isAnd && firstAnd < 0) firstAnd = end;
            end++;
        }
        if (firstAnd >= 0 && !JoinsOneName(tokens, start, firstAnd, end, entities)) end = firstAnd;
        while (end > start + 1 && connectors.Contains(tokens[end - 1])) end--;
        return end;
    }

    /// <summary>
    /// "China Road and Bridge Corporation" is one name; "PetroChina and Mitsubishi Corp" or "Pan American Energy and Pampa
    /// Energia" are two: the words before "and" must be plain English and end no name, and an organisation noun must close the run.
    /// </summary>
    private bool JoinsOneName(List<Token> tokens, int start, int and, int end, ArticleEntities entities) =>
        _words.OrgHeadNouns.Contains(tokens[end - 1]) && !_words.OrgHeadNouns.Contains(tokens[and - 1])
        && AllPlainEnglish(tokens, start, and, entities);

    private bool AllPlainEnglish(List<Token> tokens, int start, int end, ArticleEntities entities)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsCapitalized && !_openWorld.IsEnglish(tokens[i], entities)) return false;
        }
        return true;
    }

    /// <summary>
    /// A capitalised word that is not a stop word, or a particle name such as "al-Shahristani". A sentence's first
    /// word is capitalised anyway, so there it must not be ordinary English ("Speaking", but "Shell" or "Ryanair").
    /// </summary>
    private bool IsNameWord(List<Token> tokens, int index, ArticleEntities entities)
    {
        var token = tokens[index];
        if (!token.IsWord || _words.StopWords.Contains(token)) return false;
        if (token.IsCapitalized)
            return !IsHyphenatedModifier(token) && (!SentenceStarts.IsAt(tokens, index) || _openWorld.CanStartSentenceAsName(token, entities) || IsGivenNameBeforeName(tokens, index));
        var hyphen = token.Text.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < token.Text.Length && char.IsUpper(token.Text[hyphen + 1]) && _words.NameParticles.Contains(token.Folded[..hyphen]);
    }

    /// <summary>"Pat Ferguson said": a given name opening a sentence before another capitalised word starts a name, though "pat" is English.</summary>
    private bool IsGivenNameBeforeName(List<Token> tokens, int index) =>
        _words.GivenNames.Contains(tokens[index]) && index + 1 < tokens.Count && tokens[index + 1].IsCapitalized && tokens[index + 1].IsWord;

    /// <summary>"Mohammed VI", "Charles III": a roman number continues a name but never starts one.</summary>
    private static bool IsRegnalNumber(Token token) =>
        token.Text.Length is >= 2 and <= 4 && !token.Text.AsSpan().ContainsAnyExcept('I', 'V', 'X');

    /// <summary>"Madrid-based", "Chinese-led": a capitalised word joined to a lower-case one qualifies the name after it.</summary>
    private static bool IsHyphenatedModifier(Token token)
    {
        var hyphen = token.Text.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < token.Text.Length && char.IsLower(token.Text[hyphen + 1]);
    }

    private bool IsLanguage(List<Token> tokens, int start, int length)
    {
        for (var i = Math.Max(0, start - 5); i < Math.Min(tokens.Count, start + length + 3); i++)
        {
            if ((i < start || i >= start + length) && _words.LanguageCues.Contains(tokens[i])) return true;
        }
        return false;
    }

    private static void Add(List<Mention> mentions, bool[] covered, List<Token> tokens, ArticleEntities entities, int start, int end, string id, MentionKind kind) =>
        Add(mentions, covered, entities.Mention(start, end, tokens[start].Start, tokens[end - 1].End, id, kind));

    /// <summary>Adds a mention in place of those it overlaps, and marks its tokens covered.</summary>
    private static void Add(List<Mention> mentions, bool[] covered, Mention mention)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            if (mentions[i].FirstToken < mention.EndToken && mentions[i].EndToken > mention.FirstToken) mentions.RemoveAt(i);
        }
        for (var i = mention.FirstToken; i < mention.EndToken; i++) covered[i] = true;
        mentions.Add(mention);
    }
}
