using GeoGraph.Testing.Processes;

namespace GeoGraph.Testing.Npm;

/// <summary>
/// A folder of the repository whose npm packages a test runs (tests/cypher-lint, tests/openapi-check): installed from
/// its lock file with <c>npm ci</c> the first time a test needs them, unless CI's <c>.ci/run</c> already did.
/// </summary>
public static class NpmFolder
{
    /// <summary>Why the folder's tools cannot run here (no Node.js), or null once they are installed.</summary>
    public static string? Prepare(string folder, string installedPackage)
    {
        try
        {
            if (Run("node", ["--version"], folder, TimeSpan.FromSeconds(30)).ExitCode != 0) return "Node.js is not installed; these checks need it.";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "Node.js is not installed; these checks need it.";
        }
        if (Directory.Exists(Path.Combine(folder, "node_modules", installedPackage))) return null;
        var (exit, _, error) = Run("npm", ["ci", "--no-audit", "--no-fund"], folder, TimeSpan.FromMinutes(5));
        return exit == 0 ? null : throw new InvalidOperationException($"npm ci in {folder} failed: {error}");
    }

    public static ChildProcess.Run Run(string program, IEnumerable<string> arguments, string folder, TimeSpan timeout) =>
        ChildProcess.RunAsync(program, arguments, timeout, workingDirectory: folder).GetAwaiter().GetResult();
}
