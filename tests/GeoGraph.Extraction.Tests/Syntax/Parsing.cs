using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Syntax;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Tests.Syntax;

/// <summary>Runs names, resolution and the shallow parser on test text, and states clauses in a form easy to assert on.</summary>
internal static class Parsing
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Default;

    public static SentenceParse Parse(string sentence) => ParseAll(sentence).Parses[^1];

    /// <summary>The parse of each sentence, and the article's entities, including those discovered in it.</summary>
    public static (List<SentenceParse> Parses, ArticleEntities Entities) ParseAll(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = new List<Sentence>();
        for (var start = 0; start < tokens.Count;)
        {
            var end = SentenceSplitter.EndOfSentence(tokens, start);
            sentences.Add(new Sentence(sentences.Count, tokens.GetRange(start, end - start), false));
            start = end;
        }
        var entities = new ArticleEntities(Knowledge);
        var recognizer = new NameRecognizer(Knowledge);
        var article = sentences.Select(s => new SentenceMentions(s, recognizer.Recognize(s, entities))).ToList();
        new MentionResolver(Knowledge).Resolve(article, entities);
        var parser = new SentenceParser(Knowledge.English, Knowledge.Syntax);
        return ([.. article.Select(parser.Parse)], entities);
    }

    /// <summary>The clause of a verb lemma: "sign".</summary>
    public static Clause Clause(this SentenceParse parse, string lemma) => parse.Clauses.Single(c => c.Verb.Lemma == lemma);

    public static IEnumerable<string> SubjectIds(this Clause clause) => clause.Subjects.SelectMany(n => n.Referents).Select(m => m.EntityId);

    public static IEnumerable<string> ObjectIds(this Clause clause) => clause.Objects.SelectMany(n => n.Referents).Select(m => m.EntityId);

    public static IEnumerable<string> Ids(this Clause clause, string preposition) =>
        clause.Prepositions.Where(p => p.Preposition == preposition).SelectMany(p => p.Objects).SelectMany(n => n.Referents).Select(m => m.EntityId);
}
