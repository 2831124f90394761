using System.Diagnostics;

namespace GeoGraph.Testing.Processes;

/// <summary>Starts the programs tests run beside them (the CLI, the API, Node.js): to completion with output captured, or in the background.</summary>
public static class ChildProcess
{
    public sealed record Run(int ExitCode, string Out, string Error);

    /// <summary>Runs a program to its end; kills it and throws <see cref="TimeoutException"/> when it takes longer than <paramref name="timeout"/>.</summary>
    public static async Task<Run> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        using var process = Process.Start(StartInfo(program, arguments, environment, workingDirectory))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} took longer than {timeout}.");
        }
        return new Run(process.ExitCode, await output, await error);
    }

    /// <summary>Starts a long-running program whose output nobody reads (it is drained so the program never blocks on a full pipe).</summary>
    public static Process Start(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var process = Process.Start(StartInfo(program, arguments, environment, null))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment, string? workingDirectory)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // An empty value takes the variable out of the child's environment.
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value.Length > 0 ? value : null;
        return start;
    }
}
