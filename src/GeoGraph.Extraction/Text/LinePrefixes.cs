namespace GeoGraph.Extraction.Text;

/// <summary>
/// Line prefixes compared without regard to case ("Related:", "Photo:"), bucketed by their first letter in upper case
/// (the form an ordinal case-insensitive comparison uses) so that a line is compared only with the prefixes that could
/// start it.
/// </summary>
public sealed class LinePrefixes
{
    private readonly Dictionary<char, string[]> _byFirstLetter;

    public LinePrefixes(IEnumerable<string> prefixes) =>
        _byFirstLetter = prefixes.Where(p => p.Length > 0).GroupBy(p => char.ToUpperInvariant(p[0])).ToDictionary(g => g.Key, g => g.ToArray());

    public bool StartsAny(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || !_byFirstLetter.TryGetValue(char.ToUpperInvariant(line[0]), out var prefixes)) return false;
        foreach (var prefix in prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
