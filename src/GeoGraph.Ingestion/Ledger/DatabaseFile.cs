using GeoGraph.Ingestion.Files;
using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion.Ledger;

/// <summary>The SQLite file that holds the ledger and, with the embedded store, every article's graph.</summary>
public sealed class DatabaseFile(IOptions<IngestionOptions> options, PathResolver paths)
{
    public const string Name = "geograph.db";

    public string Path => System.IO.Path.Combine(paths.Resolve(options.Value.DataPath, create: true), Name);
}
