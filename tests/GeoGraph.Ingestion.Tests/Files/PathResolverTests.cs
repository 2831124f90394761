using GeoGraph.Ingestion.Files;

namespace GeoGraph.Ingestion.Tests.Files;

public sealed class PathResolverTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("geograph-paths-").FullName;

    [Fact]
    public void Finds_a_relative_folder_in_an_ancestor_of_the_working_folder()
    {
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));
        var nested = Directory.CreateDirectory(Path.Combine(_root, "src", "GeoGraph.Api")).FullName;

        new PathResolver(nested).Resolve("seeds").Should().Be(Path.Combine(_root, "seeds"));
    }

    [Fact]
    public void Places_a_new_folder_in_the_repository_root()
    {
        File.WriteAllText(Path.Combine(_root, "GeoGraph.sln"), "");
        var nested = Directory.CreateDirectory(Path.Combine(_root, "src", "GeoGraph.Api")).FullName;

        var inbox = new PathResolver(nested).Resolve("inbox", create: true);

        inbox.Should().Be(Path.Combine(_root, "inbox"));
        Directory.Exists(inbox).Should().BeTrue();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
