using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Entities;

/// <summary>
/// Types a capitalised name that neither the lexicon nor its context explains, by its shape and the English word list:
/// a city of the world gazetteer (a large one anywhere, any one after "in", "to", "from"); a given name followed by
/// more names ("Rodrigo de Rato") — a person; a name with a field word ("North Field East") — a field; any other
/// name with at least one word that is not ordinary English ("Ryanair", "Air Deccan", "Hyundai Rotem") — an
/// organisation, since news introduces people with a title or a role, which the context rules read first — unless a
/// building follows ("the Miraflores palace"), which makes it a place. Adjectives ("Spanish") and hyphenated modifiers
/// ("Madrid-based", "UK-Dutch") are not names.
/// </summary>
internal sealed class OpenWorldNames(KnowledgeBase knowledge)
{
    private const int LargeCity = 1_000_000;
    private const int MaxPersonWords = 4;

    private readonly Vocabulary _words = knowledge.Vocabulary;
    private readonly EnglishWords _english = knowledge.English;

    /// <summary>Whether a capitalised word is ordinary English ("Road", "Strategic", "American"), not a coined name.</summary>
    public bool IsEnglish(Token token, ArticleEntities entities) =>
        !entities.IsNameWord(token.Folded) && (_english.IsCommonWord(token) || _english.IsAdjective(token.Text));

    public bool CanStartSentenceAsName(Token token, ArticleEntities entities) => !IsEnglish(token, entities);

    public string? CountryOfCity(string name) =>
        knowledge.Cities.Find(TextFolding.Fold(name)) is { } city ? knowledge.CountryIdOfCode(city.CountryCode) : null;

    public (int Start, EntityType Type)? Classify(List<Token> tokens, int runStart, int end, ArticleEntities entities)
    {
        var start = runStart;
        while (start < end && _words.PersonTitles.MatchAt(tokens, start) is var title and > 0) start += title;
        if (start >= end) return null;
        var length = end - start;
        var folded = TokenText.Folded(tokens, start, end);
        if (knowledge.Cities.Find(folded) is { } city && (city.Population >= LargeCity || IsAfterLocative(tokens, runStart))) return (start, EntityType.City);
        if (length >= 2 && _words.GivenNames.Contains(tokens[start]) && (length <= MaxPersonWords || IsNameWithParticles(tokens, start, end)))
            return (start, EntityType.Person);
        if (length == 1 && IsParticleSurname(tokens[start])) return (start, EntityType.Person);
        // "A320s", "Su-30", "K2": a model designation names a product, not its maker.
        if (HasDigit(tokens[end - 1].Text)) return (start, EntityType.Product);
        var hasConnector = false;
        var english = 0;
        for (var i = start; i < end; i++)
        {
            if (!tokens[i].IsCapitalized) hasConnector = true;
            else if (IsEnglish(tokens[i], entities) || IsModifierCompound(tokens[i])) english++;
        }
        if (AnyFieldNoun(tokens, start, end) || length > 1 && _words.ProjectHeadNouns.Contains(tokens[end - 1]))
            return (start, EntityType.OilField);
        if (english + (hasConnector ? 1 : 0) >= length) return null;
        if (end < tokens.Count && !tokens[end].IsCapitalized && _words.BuildingNouns.Contains(tokens[end])) return (start, EntityType.Region);
        return (start, EntityType.Organization);
    }

    /// <summary>"Paulo Cesar de Souza e Silva": at most four names, joined only by the words that join a person's names, not by prepositions ("of").</summary>
    private bool IsNameWithParticles(List<Token> tokens, int start, int end)
    {
        var names = 0;
        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsCapitalized) names++;
            else if (!_words.NameConnectors.Contains(tokens[i]) || _words.Prepositions.Contains(tokens[i])) return false;
        }
        return names <= MaxPersonWords;
    }

    /// <summary>"Al-Kaabi", "el-Sisi": a name particle joined to a name is a person's surname.</summary>
    private bool IsParticleSurname(Token token)
    {
        var hyphen = token.Folded.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < token.Text.Length && char.IsUpper(token.Text[hyphen + 1]) && _words.NameParticles.Contains(token.Folded[..hyphen]);
    }

    /// <summary>"Madrid-based", "UK-Dutch", "US-registered": a hyphenated word with a lower-case or known part qualifies a name.</summary>
    private bool IsModifierCompound(Token token)
    {
        var hyphen = token.Folded.IndexOf('-');
        if (hyphen < 0 || _words.NameParticles.Contains(token.Folded[..hyphen])) return false;
        foreach (var part in token.Text.Split('-'))
        {
            if (part.Length == 0 || !char.IsUpper(part[0]) || knowledge.Names.LongestMatch([Text.Tokenizer.Tokenize(part)[0]], 0) is not null
                || knowledge.Demonyms.LongestMatch([Text.Tokenizer.Tokenize(part)[0]], 0) is not null) return true;
        }
        return false;
    }

    private bool AnyFieldNoun(List<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_words.FieldNouns.Contains(tokens[i])) return true;
        }
        return false;
    }

    private bool IsAfterLocative(List<Token> tokens, int start) =>
        start > 0 && (_words.LocativeCues.Contains(tokens[start - 1]) || _words.PlaceCueBefore.MatchEndingAt(tokens, start) > 0);

    private static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c)) return true;
        }
        return false;
    }
}
