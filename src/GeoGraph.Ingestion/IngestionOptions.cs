using System.ComponentModel.DataAnnotations;
using GeoGraph.Graph;

namespace GeoGraph.Ingestion;

/// <summary>Where the worker reads articles from and sets bad ones aside; section "GeoGraph:Ingestion".</summary>
public sealed class IngestionOptions
{
    public const string Section = "GeoGraph:Ingestion";

    /// <summary>The sample corpus loaded at start; relative paths are looked up from the working folder upwards.</summary>
    [Required]
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>The folder watched for new or changed *.txt articles.</summary>
    [Required]
    public string InboxPath { get; set; } = "inbox";

    /// <summary>Where unreadable files go, each with a .reason.txt beside it.</summary>
    [Required]
    public string QuarantinePath { get; set; } = "quarantine";

    /// <summary>Where the SQLite database (geograph.db) keeps the ledger of files and, with the embedded store, every article's graph.</summary>
    [Required]
    public string DataPath { get; set; } = "data";

    /// <summary>How often the inbox is rescanned, besides file-system notifications.</summary>
    [TimeSpanRange("00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>An inbox file is read only once its size and write time have stayed the same this long, so a file still being written is not read half-way.</summary>
    [TimeSpanRange("00:00:00", "00:10:00")]
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one file may hold the ingestion loop before <c>/health/ready</c> reports the worker stuck.</summary>
    [TimeSpanRange("00:00:01", "01:00:00")]
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How many files are read and extracted at once, the one the loop waits for included, ahead of the loop that writes
    /// them to the ledger and the store one at a time; 1 reads and extracts each in its turn.
    /// </summary>
    [Range(1, 512)]
    public int ExtractionParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Larger files are quarantined unread, so no single article can take unbounded time or memory.</summary>
    [Range(1, 1_000_000_000)]
    public long MaxArticleBytes { get; set; } = 20_000_000;
}
