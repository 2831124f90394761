using GeoGraph.Testing.Processes;

namespace GeoGraph.Cli.Tests;

/// <summary>Runs the built geograph command line as a separate process, as a user would.</summary>
internal static class CliRunner
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    public static Task<ChildProcess.Run> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    /// <param name="environment">Variables for the command; an empty value unsets one (colour is off unless a test unsets NO_COLOR).</param>
    public static Task<ChildProcess.Run> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var variables = new Dictionary<string, string> { ["NO_COLOR"] = "1" };
        foreach (var (name, value) in environment) variables[name] = value;
        return ChildProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "geograph.dll"), .. arguments], Patience, variables);
    }
}
