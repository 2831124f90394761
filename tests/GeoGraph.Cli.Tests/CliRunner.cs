using GeoGraph.Testing.Processes;

namespace GeoGraph.Cli.Tests;

/// <summary>Runs the built geograph command line as a separate process, as a user would.</summary>
internal static class CliRunner
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    public static Task<ChildProcess.Run> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    public static Task<ChildProcess.Run> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        ChildProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "GeoGraph.Cli.dll"), .. arguments], Patience,
            new Dictionary<string, string>(environment) { ["NO_COLOR"] = "1" });
}
