using System.Runtime.InteropServices;
using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Relations;
using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction;

/// <summary>
/// Turns one article's text into its graph: cleans the page, finds and resolves entity mentions sentence by
/// sentence, then runs the relation rules. Pure and thread-safe: one instance serves any number of articles.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly KnowledgeBase _knowledge;
    private readonly ArticleCleaner _cleaner;
    private readonly NameRecognizer _recognizer;
    private readonly MentionResolver _resolver;
    private readonly TitledNationalities _nationalities;
    private readonly RelationReader _relations;

    public ArticleExtractor() : this(KnowledgeBase.Default) { }

    public ArticleExtractor(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        _cleaner = new ArticleCleaner(knowledge.Boilerplate);
        _recognizer = new NameRecognizer(knowledge);
        _resolver = new MentionResolver(knowledge);
        _nationalities = new TitledNationalities(knowledge.Vocabulary);
        _relations = new RelationReader(knowledge);
    }

    public ArticleGraph Extract(string articleId, string text)
    {
        // All but the graph lives only until this method returns, in collections this thread lends again to its next article.
        using var scratch = ScratchScope.BeginArticle();
        var normalized = TextNormalizer.Normalize(text);
        var blocks = ScratchLists<TextBlock>.Rent();
        _cleaner.Classify(normalized.Value, blocks);
        var published = PublicationDateReader.Read(normalized.Value, blocks);
        var sentences = SplitSentences(normalized.Value, blocks);
        var entities = new ArticleEntities(_knowledge);
        entities.SetNameWords(CapitalisedNames.Find(sentences, _knowledge));
        var article = ScratchLists<SentenceMentions>.Rent();
        foreach (var sentence in sentences) article.Add(new SentenceMentions(sentence, _recognizer.Recognize(sentence, entities)));
        _resolver.Resolve(article, entities);
        _nationalities.Read(article, entities);

        var homeCountry = HomeCountry(article, entities);
        var relations = ScratchLists<ExtractedRelation>.Rent();
        foreach (var sentence in article) _relations.Read(sentence, entities, normalized, text, published, homeCountry, relations);

        var title = blocks.FindIndex(b => b.Kind == BlockKind.Title) is var t and >= 0 ? normalized.Value[blocks[t].Start..blocks[t].End].Trim() : null;
        var facts = ArticleGraphAssembler.Relations(relations);
        var named = ArticleGraphAssembler.Entities(article, entities, normalized, facts);
        return new ArticleGraph(articleId, title, published, named, facts);
    }

    /// <summary>
    /// The country the story is about: that of its dateline ("ASTANA --"), else the country named most often, if it is
    /// named at least twice and more often than any other.
    /// </summary>
    private static string? HomeCountry(List<SentenceMentions> article, ArticleEntities entities)
    {
        if (DatelineCountry(article, entities) is { } datelineCountry) return datelineCountry;

        // An article names few countries: they are counted in a list, read only here.
        var counts = ScratchList<ArticleExtractor, (string Country, int Named)>.Rent();
        foreach (var sentence in article)
        {
            foreach (var mention in sentence.Mentions)
            {
                if (mention.Kind == MentionKind.Group || mention.EntityType != EntityType.Country) continue;
                var at = 0;
                while (at < counts.Count && counts[at].Country != mention.EntityId) at++;
                if (at == counts.Count) counts.Add((mention.EntityId, 1));
                else counts[at] = (mention.EntityId, counts[at].Named + 1);
            }
        }
        var (most, mostNamed, runnerUp) = (default(string), 0, 0);
        foreach (var (country, named) in counts)
        {
            if (named > mostNamed) (most, mostNamed, runnerUp) = (country, named, mostNamed);
            else if (named > runnerUp) runnerUp = named;
        }
        return mostNamed >= 2 && mostNamed > runnerUp ? most : null;
    }

    /// <summary>The country of the first content sentence's dateline mention, if it has one.</summary>
    private static string? DatelineCountry(List<SentenceMentions> article, ArticleEntities entities)
    {
        foreach (var sentence in article)
        {
            if (sentence.Sentence.IsTitle) continue;
            foreach (var mention in sentence.Mentions)
            {
                if (MentionResolver.IsDateline(sentence.Tokens, mention)) return entities.CountryOf(mention.EntityId);
            }
            return null;
        }
        return null;
    }

    private static List<Sentence> SplitSentences(string text, List<TextBlock> blocks)
    {
        var sentences = ScratchLists<Sentence>.Rent();
        // A block's tokens are only read to cut its sentences, each of which gets a list of its own: one list serves
        // every block, lent for the article so that it is trimmed when the article ends.
        var tokens = ScratchLists<Token>.Rent();
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Furniture) continue;
            tokens.Clear();
            Tokenizer.Tokenize(text, block.Start, block.End, tokens);
            for (var start = 0; start < tokens.Count;)
            {
                var end = SentenceSplitter.EndOfSentence(tokens, start);
                var sentence = ScratchLists<Token>.Rent();
                sentence.AddRange(CollectionsMarshal.AsSpan(tokens)[start..end]);
                sentences.Add(new Sentence(sentences.Count, sentence, block.Kind == BlockKind.Title));
                start = end;
            }
        }
        return sentences;
    }
}
