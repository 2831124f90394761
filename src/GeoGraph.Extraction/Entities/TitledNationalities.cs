using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Entities;

/// <summary>
/// "Norway's defence minister Tore Sandvik", "Kenyan Treasury Secretary John Mbadi": a person the article introduces
/// under a title that a country's name or adjective qualifies is that country's national — read before any relation,
/// so that signing a deal in Oslo is no visit for him.
/// </summary>
internal sealed class TitledNationalities(Vocabulary words)
{
    // "Norway's deputy defence minister": the title's words between the country and the person.
    private const int TitleReach = 4;

    public void Read(List<SentenceMentions> article, ArticleEntities entities)
    {
        foreach (var sentence in article)
        {
            foreach (var person in sentence.Mentions)
            {
                if (person.Kind == MentionKind.Name && person.EntityType == EntityType.Person && CountryBeforeTitle(sentence, person.FirstToken) is { } country)
                    entities.InferNationality(person.EntityId, country);
            }
        }
    }

    /// <summary>The country named just before a title that ends at <paramref name="title"/>, if a title does.</summary>
    private string? CountryBeforeTitle(SentenceMentions sentence, int title)
    {
        var tokens = sentence.Tokens;
        if (title == 0 || words.PersonTitles.MatchEndingAt(tokens, title) == 0) return null;
        for (var i = title - 1; i >= Math.Max(0, title - TitleReach); i--)
        {
            if (sentence.At(i) is { } mention)
            {
                var possessive = mention.EndToken < tokens.Count && tokens[mention.EndToken].Text == "'s";
                return mention.EntityType == EntityType.Country && (mention.Kind == MentionKind.Demonym || possessive) ? mention.EntityId : null;
            }
            if (!tokens[i].IsWord && tokens[i].Text != "'s") return null;
        }
        return null;
    }
}
