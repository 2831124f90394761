using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace GeoGraph.Benchmarks;

/// <summary>
/// A measurement run in a process of its own (so that its time, JIT and peak memory are its own): this benchmark
/// program again, through the dotnet host or as its own executable, whose last line of output is its result in JSON.
/// </summary>
internal static class FreshProcess
{
    public static Task<T> MeasureAsync<T>(string[] arguments) => MeasureAsync<T>(StartInfo(arguments));

    /// <summary>
    /// A measurement of the ingestion worker in a process set up as the API's, which hosts it: the API's own runtime
    /// settings (its collector, its JIT tiering), read from the API's runtimeconfig.json the build copies here.
    /// </summary>
    public static Task<T> MeasureAsApiAsync<T>(string[] arguments)
    {
        var settings = Path.Combine(AppContext.BaseDirectory, "GeoGraph.Api.runtimeconfig.json");
        // The dotnet host of the runtime this program runs on: shared/Microsoft.NETCore.App/<version>/ lies three folders below it.
        var dotnet = Path.GetFullPath(Path.Combine(
            RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        string[] all = ["exec", "--runtimeconfig", settings, typeof(FreshProcess).Assembly.Location, .. arguments];
        return MeasureAsync<T>(new ProcessStartInfo(dotnet, all) { RedirectStandardOutput = true });
    }

    private static async Task<T> MeasureAsync<T>(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"'{string.Join(' ', start.ArgumentList)}' failed (exit code {process.ExitCode}): {output}");
        return JsonSerializer.Deserialize<T>(output.Trim().Split('\n').Last())!;
    }

    private static ProcessStartInfo StartInfo(string[] arguments)
    {
        var host = Environment.ProcessPath!;
        string[] all = host.EndsWith("dotnet", StringComparison.Ordinal) ? [typeof(FreshProcess).Assembly.Location, .. arguments] : arguments;
        return new ProcessStartInfo(host, all) { RedirectStandardOutput = true };
    }
}
