using GeoGraph.Testing.Processes;

namespace GeoGraph.Cli.Tests;

/// <summary>Runs the built geograph command line as a separate process, as a user would.</summary>
internal static class CliRunner
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);
    private static readonly Dictionary<string, string> NoColour = new() { ["NO_COLOR"] = "1" };

    public static Task<ChildProcess.Run> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    /// <summary>Runs the command in <paramref name="workingDirectory"/>, or, with <paramref name="removeItFirst"/>, in that directory once it is deleted.</summary>
    public static Task<ChildProcess.Run> RunInAsync(string workingDirectory, bool removeItFirst, params string[] arguments)
    {
        string[] command = ["dotnet", Path.Combine(AppContext.BaseDirectory, "geograph.dll"), .. arguments];
        // A shell is the only way to start a process in a directory that no longer exists: it enters it, then removes it.
        return removeItFirst
            ? ChildProcess.RunAsync("sh", ["-c", "cd \"$0\" && rmdir \"$0\" && exec \"$@\"", workingDirectory, .. command], Patience, NoColour)
            : ChildProcess.RunAsync(command[0], command[1..], Patience, NoColour, workingDirectory);
    }

    /// <param name="environment">Variables for the command; an empty value unsets one (colour is off unless a test unsets NO_COLOR).</param>
    public static Task<ChildProcess.Run> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var variables = new Dictionary<string, string> { ["NO_COLOR"] = "1" };
        foreach (var (name, value) in environment) variables[name] = value;
        return ChildProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "geograph.dll"), .. arguments], Patience, variables);
    }
}
