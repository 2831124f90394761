using System.Diagnostics;
using System.Text.Json;

namespace GeoGraph.Benchmarks;

/// <summary>
/// A measurement run in a process of its own (so that its time, JIT and peak memory are its own): this benchmark
/// program again, through the dotnet host or as its own executable, whose last line of output is its result in JSON.
/// </summary>
internal static class FreshProcess
{
    public static async Task<T> MeasureAsync<T>(string[] arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = StartInfo(arguments);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"'{string.Join(' ', arguments)}' failed (exit code {process.ExitCode}): {output}");
        return JsonSerializer.Deserialize<T>(output.Trim().Split('\n').Last())!;
    }

    private static ProcessStartInfo StartInfo(string[] arguments)
    {
        var host = Environment.ProcessPath!;
        string[] all = host.EndsWith("dotnet", StringComparison.Ordinal) ? [typeof(FreshProcess).Assembly.Location, .. arguments] : arguments;
        return new ProcessStartInfo(host, all) { RedirectStandardOutput = true };
    }
}
