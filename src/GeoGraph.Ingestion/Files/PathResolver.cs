namespace GeoGraph.Ingestion.Files;

/// <summary>
/// Resolves configured folders. An absolute path is used as given. A relative one is looked up from the working
/// folder upwards (so <c>dotnet run --project src/GeoGraph.Api</c> finds the repository's <c>seeds/</c>); one that
/// exists nowhere yet is placed in the repository root (the folder with GeoGraph.sln), else the working folder.
/// </summary>
public sealed class PathResolver(string baseDirectory)
{
    private const string RootMarker = "GeoGraph.sln";

    public PathResolver() : this(Directory.GetCurrentDirectory()) { }

    public string Resolve(string path, bool create = false)
    {
        var resolved = Path.IsPathRooted(path) ? path : FindExisting(path) ?? Path.Combine(RootFolder(), path);
        if (create) Directory.CreateDirectory(resolved);
        return resolved;
    }

    private string? FindExisting(string path) => Ancestors()
        .Select(folder => Path.Combine(folder.FullName, path))
        .FirstOrDefault(Directory.Exists);

    private string RootFolder() =>
        Ancestors().FirstOrDefault(folder => File.Exists(Path.Combine(folder.FullName, RootMarker)))?.FullName ?? Path.GetFullPath(baseDirectory);

    private IEnumerable<DirectoryInfo> Ancestors()
    {
        for (var folder = new DirectoryInfo(baseDirectory); folder is not null; folder = folder.Parent)
            yield return folder;
    }
}
