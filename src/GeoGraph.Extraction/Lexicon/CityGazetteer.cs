using System.Collections.Frozen;
using System.Globalization;

namespace GeoGraph.Extraction.Lexicon;

/// <summary>The world's cities of 100,000 people or more (Lexicon/Data/cities.tsv, generated from GeoNames data).</summary>
public sealed class CityGazetteer
{
    public sealed record City(string Name, string CountryCode, int Population);

    private readonly FrozenDictionary<string, City> _byFoldedName;

    private CityGazetteer(FrozenDictionary<string, City> byFoldedName) => _byFoldedName = byFoldedName;

    public City? Find(string foldedName) => _byFoldedName.GetValueOrDefault(foldedName);

    /// <summary>Reads the gazetteer from the whole text of cities.tsv.</summary>
    public static CityGazetteer Parse(string text)
    {
        var cities = new Dictionary<string, City>(StringComparer.Ordinal);
        Span<Range> fields = stackalloc Range[3];
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (line.Split(fields, '\t') != fields.Length) throw new InvalidDataException($"cities.tsv: not three tab-separated fields: {line}");
            var city = new City(line[fields[0]].ToString(), line[fields[1]].ToString(), int.Parse(line[fields[2]], CultureInfo.InvariantCulture));
            var key = Text.TextFolding.Fold(city.Name);
            if (!cities.TryGetValue(key, out var known) || known.Population < city.Population) cities[key] = city;
        }
        return new CityGazetteer(cities.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
