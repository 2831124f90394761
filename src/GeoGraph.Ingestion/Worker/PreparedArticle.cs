using System.Runtime.ExceptionServices;
using GeoGraph.Extraction.Model;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Ledger;

namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// A file read before the worker's loop comes to it: its stamp (taken before the read), the decoded article and, when
/// read ahead, its extracted graph; or the exception reading it raised, thrown again where the loop handles it.
/// </summary>
public sealed record PreparedArticle(string Path, FileStamp Stamp, ArticleFile? Article, ArticleGraph? Graph, Exception? Failure)
{
    /// <summary>The article, or the failure that stopped its read, rethrown with its original stack.</summary>
    public ArticleFile Open()
    {
        if (Failure is not null) ExceptionDispatchInfo.Throw(Failure);
        return Article!;
    }
}
