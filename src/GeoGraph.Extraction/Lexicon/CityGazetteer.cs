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

    public static CityGazetteer Parse(TextReader reader)
    {
        var cities = new Dictionary<string, City>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            var city = new City(fields[0], fields[1], int.Parse(fields[2], CultureInfo.InvariantCulture));
            var key = Text.TextFolding.Fold(city.Name);
            if (!cities.TryGetValue(key, out var known) || known.Population < city.Population) cities[key] = city;
        }
        return new CityGazetteer(cities.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
