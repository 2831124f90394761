namespace GeoGraph.Ingestion.Ledger;

/// <summary>A file's size and last write time: when both are as recorded, the file is taken to be unchanged.</summary>
public readonly record struct FileStamp(long Length, DateTime WrittenUtc)
{
    public static FileStamp Of(FileInfo file) => new(file.Length, file.LastWriteTimeUtc);
}
