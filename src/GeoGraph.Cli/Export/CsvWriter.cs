using System.Globalization;
using System.Text;

namespace GeoGraph.Cli.Export;

/// <summary>
/// Writes one CSV file as the import tool reads it: comma-separated, a field quoted (quotes doubled) when it holds a comma,
/// a quote or a line break, nothing written for a missing value.
/// </summary>
internal sealed class CsvWriter : IDisposable
{
    private const int BufferSize = 1 << 20;

    private readonly StreamWriter _writer;
    private bool _lineStarted;

    public CsvWriter(string path, IReadOnlyList<string> header)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferSize);
        foreach (var field in header) Text(field);
        EndLine();
    }

    public CsvWriter Text(string? value)
    {
        Separate();
        if (value is null) return this;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(value);
            return this;
        }
        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
        return this;
    }

    public CsvWriter Number(long? value) => Text(value?.ToString(CultureInfo.InvariantCulture));

    public CsvWriter Number(double? value) => Text(value?.ToString("R", CultureInfo.InvariantCulture));

    public CsvWriter Boolean(bool value) => Text(value ? "true" : "false");

    /// <summary>An array property; null or empty is no property (the queries read a missing alias list as empty).</summary>
    public CsvWriter Array(IReadOnlyCollection<string>? values)
    {
        if (values is null || values.Count == 0) return Text(null);
        foreach (var value in values)
        {
            if (value.Contains(ImportFiles.ArrayDelimiter))
                throw new InvalidDataException($"'{value}' holds the array delimiter '{ImportFiles.ArrayDelimiter}', which the import tool would split.");
        }
        return Text(string.Join(ImportFiles.ArrayDelimiter, values));
    }

    public void EndLine()
    {
        _writer.Write('\n');
        _lineStarted = false;
    }

    public void Dispose() => _writer.Dispose();

    private void Separate()
    {
        if (_lineStarted) _writer.Write(',');
        _lineStarted = true;
    }
}
