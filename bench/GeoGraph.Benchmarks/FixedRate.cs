using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoGraph.Benchmarks;

/// <summary>One endpoint at a fixed 2,000 requests a second: hey with 20 clients of 100 req/s each for 10 s (Debian's hey).</summary>
internal static partial class FixedRate
{
    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(50|99)% in ([\d.]+) secs")]
    private static partial Regex Percentile();

    [GeneratedRegex(@"\[(\d+)\]\s+(\d+) responses")]
    private static partial Regex Statuses();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Counts();

    public static async Task<string> MeasureAsync(string name, string url)
    {
        var start = new ProcessStartInfo("hey", ["-z", "10s", "-c", "20", "-q", "100", url]) { RedirectStandardOutput = true };
        using var hey = Process.Start(start) ?? throw new InvalidOperationException("hey is not installed: apt-get install hey");
        var output = await hey.StandardOutput.ReadToEndAsync();
        await hey.WaitForExitAsync();
        var rps = Number(RequestsPerSecond().Match(output).Groups[1].Value);
        var percentiles = Percentile().Matches(output).ToDictionary(m => m.Groups[1].Value, m => Number(m.Groups[2].Value) * 1000);
        var errors = output.Split("Error distribution:") is [_, var tail] ? Counts().Matches(tail).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) : 0;
        var failed = errors + Statuses().Matches(output).Where(m => m.Groups[1].Value != "200").Sum(m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        return $"{name,-20} {rps,9:F0} {percentiles["50"],8:F2} {percentiles["99"],8:F2} {failed,8}";
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
