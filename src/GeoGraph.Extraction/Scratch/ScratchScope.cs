namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// This thread's two stretches of scratch: the article being extracted, whose sentences, mentions and indexes live until
/// its graph is made, and within it the sentence being parsed, whose phrases, clauses and bindings live only until its
/// relations are read. Lending per sentence keeps a long article's parse from piling up until the article ends.
/// </summary>
internal static class ScratchScope
{
    [ThreadStatic] private static ScratchStretch? _article;
    [ThreadStatic] private static ScratchStretch? _sentence;

    public static ScratchStretch Article => _article ??= new ScratchStretch("article");

    public static ScratchStretch Sentence => _sentence ??= new ScratchStretch("sentence");

    /// <summary>Begins an article; disposing the scope ends it, and nothing lent for it may be read after.</summary>
    public static Scope BeginArticle() => Begin(Article);

    /// <summary>Begins a sentence's parse; disposing the scope ends it, and nothing lent for it may be read after.</summary>
    public static Scope BeginSentence() => Begin(Sentence);

    private static Scope Begin(ScratchStretch stretch)
    {
        stretch.Begin();
        return new Scope(stretch);
    }

    /// <summary>A stretch begun; disposing it ends the stretch.</summary>
    public readonly struct Scope(ScratchStretch stretch) : IDisposable
    {
        public void Dispose() => stretch?.End();
    }
}
