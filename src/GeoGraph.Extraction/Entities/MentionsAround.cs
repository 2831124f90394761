using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Entities;

/// <summary>
/// The mentions a sentence has already found next to a name, looked up by token position: the places before and after
/// it, the names listed with it. Asked for every unknown name, so each is a loop that allocates nothing.
/// </summary>
internal static class MentionsAround
{
    /// <summary>"the Mozambique LNG project": whether a country or city is named by the one token at <paramref name="index"/>.</summary>
    public static bool IsPlaceAt(List<Token> tokens, List<Mention> mentions, int index) => PlaceAt(tokens, mentions, index) is not null;

    /// <summary>The country or city named by the one token at <paramref name="index"/>, if one is.</summary>
    public static Mention? PlaceAt(List<Token> tokens, List<Mention> mentions, int index)
    {
        if (!tokens[index].IsCapitalized) return null;
        foreach (var m in mentions)
        {
            if (m.FirstToken == index && m.EndToken == index + 1 && m.Kind == MentionKind.Name
                && m.EntityType is EntityType.Country or EntityType.City)
                return m;
        }
        return null;
    }

    /// <summary>
    /// "China Development Bank", "Nigeria-Morocco Gas Pipeline", "African Development Bank": the latest one-word place
    /// name, or adjective of a country, city or region, ending at <paramref name="end"/>.
    /// </summary>
    public static Mention? PlaceEndingAt(List<Token> tokens, List<Mention> mentions, int end)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.EndToken == end && m.Kind is MentionKind.Name or MentionKind.Demonym && tokens[m.FirstToken].IsCapitalized
                && (m.EntityType is EntityType.Country or EntityType.City || m.Kind == MentionKind.Demonym && m.EntityType == EntityType.Region)
                && m.EndToken - m.FirstToken == 1) return m;
        }
        return null;
    }

    /// <summary>"Air France": the first country named, or its adjective written, by the one token at <paramref name="index"/>.</summary>
    public static Mention? CountryAt(List<Mention> mentions, int index)
    {
        foreach (var m in mentions)
        {
            if (m.FirstToken == index && m.EndToken == index + 1 && m.Kind is MentionKind.Name or MentionKind.Demonym
                && m.EntityType == EntityType.Country) return m;
        }
        return null;
    }

    /// <summary>"Malaysia's Petronas": whether a mention of a country ends at <paramref name="end"/>.</summary>
    public static bool IsCountryEndingAt(List<Mention> mentions, int end)
    {
        foreach (var m in mentions)
        {
            if (m.EndToken == end && m.EntityType == EntityType.Country) return true;
        }
        return false;
    }

    public static Mention? LastEndingAt(List<Mention> mentions, int end)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            if (mentions[i].EndToken == end) return mentions[i];
        }
        return null;
    }

    public static Mention? FirstStartingAt(List<Mention> mentions, int start)
    {
        foreach (var m in mentions)
        {
            if (m.FirstToken == start) return m;
        }
        return null;
    }
}
