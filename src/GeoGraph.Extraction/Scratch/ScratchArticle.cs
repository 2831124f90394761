namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// The article this thread is extracting: the pools that lent it collections (<see cref="ArticlePool{T}"/>) take them
/// back, emptied and trimmed, when it ends. Outside an article nothing is lent; pools hand out new collections.
/// </summary>
internal static class ScratchArticle
{
    [ThreadStatic] private static List<IArticleLender>? _lenders;
    [ThreadStatic] private static bool _inProgress;

    public static bool InProgress => _inProgress;

    /// <summary>Begins an article on this thread; disposing the scope ends it, and nothing lent for it may be read after.</summary>
    public static Scope Begin()
    {
        if (_inProgress) throw new InvalidOperationException("An article is already being extracted on this thread.");
        _inProgress = true;
        return default;
    }

    /// <summary>Records that a pool lent something for the article in progress, so that it is asked to take it back.</summary>
    public static void Lent(IArticleLender lender) => (_lenders ??= []).Add(lender);

    public readonly struct Scope : IDisposable
    {
        public void Dispose()
        {
            if (_lenders is { } lenders)
            {
                foreach (var lender in lenders) lender.TakeBack();
                lenders.Clear();
            }
            _inProgress = false;
        }
    }
}

/// <summary>A pool that lends collections for one article at a time.</summary>
internal interface IArticleLender
{
    /// <summary>Takes back everything lent for the article that ended.</summary>
    void TakeBack();
}
