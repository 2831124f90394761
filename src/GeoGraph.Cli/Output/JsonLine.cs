using System.Buffers;

namespace GeoGraph.Cli.Output;

/// <summary>
/// One record's UTF-8 bytes, line feed included, in a buffer borrowed from the shared pool: a record is several times
/// its article's size, and a fresh array for each was a sixteenth of all an <c>extract</c> run allocated.
/// </summary>
public sealed class JsonLine
{
    private byte[]? _buffer;
    private readonly int _length;

    internal JsonLine(ReadOnlySpan<byte> written)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(written.Length);
        written.CopyTo(_buffer);
        _length = written.Length;
    }

    /// <summary>Writes the line and gives its buffer back to the pool; a line is written once.</summary>
    public void WriteTo(Stream output)
    {
        var buffer = _buffer ?? throw new InvalidOperationException("The line was already written.");
        _buffer = null;
        output.Write(buffer, 0, _length);
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
