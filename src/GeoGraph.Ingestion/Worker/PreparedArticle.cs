using System.Runtime.ExceptionServices;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Ledger;

namespace GeoGraph.Ingestion.Worker;

/// <summary>
/// A file read before the worker's loop comes to it: its stamp (taken before the read), the decoded article and,
/// when extracted ahead, its graph and fingerprint; or the exception its read raised, thrown again where the loop handles it.
/// </summary>
public sealed record PreparedArticle
{
    private PreparedArticle() { }

    public string Path { get; private init; } = "";
    public FileStamp Stamp { get; private init; }
    public ArticleFile? Article { get; private init; }

    /// <summary>The extracted graph and fingerprint, or null when the loop is to read them itself, if it needs to.</summary>
    public ExtractedArticle? Extracted { get; private init; }

    public Exception? Failure { get; private init; }

    public static PreparedArticle Read(string path, FileStamp stamp, ArticleFile article, ExtractedArticle? extracted) =>
        new() { Path = path, Stamp = stamp, Article = article, Extracted = extracted };

    public static PreparedArticle Failed(string path, FileStamp stamp, Exception failure) => new() { Path = path, Stamp = stamp, Failure = failure };

    /// <summary>The article, or the failure that stopped its read, rethrown with its original stack.</summary>
    public ArticleFile Open()
    {
        if (Failure is not null) ExceptionDispatchInfo.Throw(Failure);
        return Article!;
    }
}
