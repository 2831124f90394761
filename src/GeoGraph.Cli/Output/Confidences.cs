using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace GeoGraph.Cli.Output;

/// <summary>
/// Confidences as JSON numbers, each formatted once: they come from a few family weights (and nine tenths of those), and
/// formatting a double afresh for every relation took a tenth of writing it.
/// </summary>
internal static class Confidences
{
    // A bound in case confidences ever stop being a few: past it, each is formatted as it comes.
    private const int MostKept = 1024;

    private static readonly ConcurrentDictionary<double, byte[]> Kept = new();

    /// <summary>The number's JSON text, exactly as <see cref="Utf8JsonWriter.WriteNumberValue(double)"/> writes it.</summary>
    public static byte[] Formatted(double confidence)
    {
        if (Kept.TryGetValue(confidence, out var kept)) return kept;
        var formatted = Format(confidence);
        if (Kept.Count < MostKept) Kept.TryAdd(confidence, formatted);
        return formatted;
    }

    private static byte[] Format(double confidence)
    {
        var buffer = new ArrayBufferWriter<byte>(32);
        using (var writer = new Utf8JsonWriter(buffer)) writer.WriteNumberValue(confidence);
        return buffer.WrittenSpan.ToArray();
    }
}
