using System.Runtime.ExceptionServices;
using GeoGraph.Extraction.Model;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Ledger;

namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// A file read before the worker's loop comes to it: its stamp (taken before the read), the decoded article and,
/// when extracted ahead, its graph; or the exception its read raised, thrown again where the loop handles it.
/// </summary>
public sealed record PreparedArticle
{
    private PreparedArticle(string path, FileStamp stamp, ArticleFile? article, ArticleGraph? graph, Exception? failure)
    {
        Path = path;
        Stamp = stamp;
        Article = article;
        Graph = graph;
        Failure = failure;
    }

    public string Path { get; }
    public FileStamp Stamp { get; }
    public ArticleFile? Article { get; }

    /// <summary>The extracted graph, or null when the loop is to extract the article itself, if it needs to.</summary>
    public ArticleGraph? Graph { get; }

    public Exception? Failure { get; }

    public static PreparedArticle Read(string path, FileStamp stamp, ArticleFile article, ArticleGraph? graph) => new(path, stamp, article, graph, null);

    public static PreparedArticle Failed(string path, FileStamp stamp, Exception failure) => new(path, stamp, null, null, failure);

    /// <summary>The article, or the failure that stopped its read, rethrown with its original stack.</summary>
    public ArticleFile Open()
    {
        if (Failure is not null) ExceptionDispatchInfo.Throw(Failure);
        return Article!;
    }
}
