namespace GeoGraph.Testing.Repository;

public static class RepositoryPaths
{
    /// <summary>The repository root: the nearest ancestor of the test binaries that holds GeoGraph.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GeoGraph.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("The tests run outside the repository: no GeoGraph.sln above " + AppContext.BaseDirectory);
    }
}
