using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Entities;

/// <summary>A sentence with the entity mentions found in it, in token order.</summary>
public sealed record SentenceMentions(Sentence Sentence, List<Mention> Mentions)
{
    public List<Token> Tokens => Sentence.Tokens;

    /// <summary>The first mention covering a token, if any; asked for every token by several readers, so a plain loop.</summary>
    public Mention? At(int token)
    {
        foreach (var mention in Mentions)
        {
            if (mention.Covers(token)) return mention;
        }
        return null;
    }
}
