using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Text;

/// <summary>Text after Unicode and punctuation normalisation, remembering where each character came from.</summary>
public sealed class NormalizedText
{
    /// <summary>Where each character came from (the first <see cref="Value"/>.Length entries); null when the text is the original itself.</summary>
    private readonly int[]? _originalIndex;
    private readonly int _originalLength;

    internal NormalizedText(string value, int[]? originalIndex, int originalLength)
    {
        Value = value;
        _originalIndex = originalIndex;
        _originalLength = originalLength;
    }

    public string Value { get; }

    /// <summary>Maps a range of this text back to the range of the original text it was made from.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (_originalIndex is null) return new TextSpan(start, Math.Max(start, end));
        var originalStart = start < Value.Length ? _originalIndex[start] : _originalLength;
        var originalEnd = end <= 0 ? 0 : end - 1 < Value.Length ? _originalIndex[end - 1] + 1 : _originalLength;
        return new TextSpan(originalStart, Math.Max(originalStart, originalEnd));
    }
}
