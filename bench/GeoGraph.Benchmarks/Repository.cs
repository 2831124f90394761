namespace GeoGraph.Benchmarks;

/// <summary>The repository this benchmark was built from: the nearest folder above it holding GeoGraph.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "GeoGraph.sln"))) folder = folder.Parent ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
        return folder.FullName;
    }
}
