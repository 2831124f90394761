using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Entities;

/// <summary>
/// Types a capitalised name the lexicon does not know, from its own words ("… Institute", a given name) and
/// its context ("analyst at X", "X, a think tank", "said X", "city of X"). Without such evidence it is no entity.
/// </summary>
internal sealed class UnknownNameClassifier(Vocabulary words)
{
    public EntityType? Classify(List<Token> tokens, int start, int end, bool titled)
    {
        var length = end - start;
        var first = tokens[start];
        var last = tokens[end - 1];
        var hasConnector = HasConnector(tokens, start, end);

        if (length >= 2 && words.OrgHeadNouns.Contains(last)) return EntityType.Organization;
        if (length >= 2 && words.RegionHeadNouns.Contains(last)) return EntityType.Region;
        if (length >= 3 && words.OrgNamePrefixes.Contains(first) && words.NameConnectors.Contains(tokens[start + 1]))
            return EntityType.Organization;
        if (OrgCueBefore(tokens, start) || OrgCueAfter(tokens, end))
            return words.GivenNames.Contains(first) && length >= 2 ? EntityType.Person : EntityType.Organization;
        if (words.CityCueBefore.MatchEndingAt(tokens, start) > 0 || words.PlaceCueBefore.MatchEndingAt(tokens, start) > 0) return EntityType.City;
        if (words.RegionCueBefore.MatchEndingAt(tokens, start) > 0) return EntityType.Region;
        if (hasConnector || length > 4) return null;
        if (length >= 2 && words.GivenNames.Contains(first)) return EntityType.Person;
        if (length >= 2 && (titled || PersonCueBefore(tokens, start) || PersonCueAfter(tokens, end))) return EntityType.Person;
        // "President Milei", "Chancellor Merz": a title before one unknown word makes it a surname — not "Ambassador Hotel".
        if (length == 1 && start > 0 && tokens[start - 1].IsCapitalized && words.PersonTitles.MatchEndingAt(tokens, start) > 0 && !LooksLikeCompanyName(first.Text)
            && !words.BuildingNouns.Contains(first))
            return EntityType.Person;
        if (length == 1 && words.Honorifics.MatchEndingAt(tokens, start) > 0) return EntityType.Person;
        if (length == 1 && LooksLikeCompanyName(tokens[start].Text)) return EntityType.Organization;
        return null;
    }

    /// <summary>"Bank of America", "Institute for Energy": a lower-case word that joins the words of a name.</summary>
    private bool HasConnector(List<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!tokens[i].IsCapitalized && words.NameConnectors.Contains(tokens[i])) return true;
        }
        return false;
    }

    /// <summary>"KOGAS", "TPAO", "PetroChina": an acronym or a word with a capital inside is, in news, a company's name.</summary>
    private static bool LooksLikeCompanyName(string word)
    {
        var letters = 0;
        var lettersAllCapitals = true;
        var hasLower = false;
        var hasCapitalInside = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLetter(c))
            {
                letters++;
                lettersAllCapitals &= char.IsUpper(c);
            }
            hasLower |= char.IsLower(c);
            hasCapitalInside |= i > 0 && char.IsUpper(c);
        }
        return letters >= 3 && lettersAllCapitals
            || hasCapitalInside && hasLower && !word.Contains('-')
               && !word.StartsWith("Mc", StringComparison.Ordinal) && !word.StartsWith("Mac", StringComparison.Ordinal);
    }

    private bool OrgCueBefore(List<Token> tokens, int start)
    {
        var at = start > 0 && tokens[start - 1].Folded == "the" ? start - 1 : start;
        return words.OrgCueBefore.MatchEndingAt(tokens, at) > 0 || words.OrgCueBefore.MatchEndingAt(tokens, start) > 0;
    }

    private bool OrgCueAfter(List<Token> tokens, int end) =>
        end + 1 < tokens.Count && tokens[end].Text == "," && words.OrgCueAfter.MatchAt(tokens, end + 1) > 0;

    private bool PersonCueBefore(List<Token> tokens, int start) =>
        words.PersonCueBefore.MatchEndingAt(tokens, start) > 0;

    private bool PersonCueAfter(List<Token> tokens, int end)
    {
        var at = end < tokens.Count && tokens[end].Text == "," ? end + 1 : end;
        return at < tokens.Count && words.PersonCueAfter.MatchAt(tokens, at) > 0;
    }
}
