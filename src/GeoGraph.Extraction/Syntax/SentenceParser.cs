using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// The shallow parse of one sentence whose entity mentions are known: part-of-speech tags, then chunks, then clauses.
/// Written here because no parser is available on this project's machines (see the README).
/// </summary>
internal sealed class SentenceParser(EnglishWords words, SyntaxWords cues)
{
    private readonly Tagger _tagger = new(words, cues);
    private readonly Chunker _chunker = new(cues);
    private readonly ClauseBuilder _builder = new(cues);

    public SentenceParse Parse(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        var mentions = MentionsByToken.Of(sentence.Mentions, tokens.Count);
        var (tags, lemmas) = _tagger.Tag(tokens, mentions, sentence.Sentence.IsTitle);
        // Chunks are read only while the clauses are built, which keep none.
        var chunks = ScratchList<SentenceParser, Chunk>.Rent();
        _chunker.Chunk(tokens, tags, lemmas, mentions, chunks);
        return _builder.Build(chunks);
    }
}
