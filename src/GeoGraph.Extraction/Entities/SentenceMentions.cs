using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Entities;

/// <summary>A sentence with the entity mentions found in it, in token order.</summary>
public sealed record SentenceMentions(Sentence Sentence, List<Mention> Mentions)
{
    public IReadOnlyList<Token> Tokens => Sentence.Tokens;

    public Mention? At(int token) => Mentions.FirstOrDefault(m => m.Covers(token));
}
