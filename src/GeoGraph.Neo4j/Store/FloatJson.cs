using System.Globalization;
using System.Text.Json.Nodes;

namespace GeoGraph.Neo4j.Store;

/// <summary>
/// A JSON number Neo4j stores as a Float. The Query API types a plain JSON number by how it is written: 2000000000
/// becomes an Integer, 2000000000.0 a Float; so a whole amount is written with a fraction, and every amount is one type.
/// </summary>
internal static class FloatJson
{
    public static JsonNode? From(double? value)
    {
        if (value is not { } number) return null;
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return JsonNode.Parse(text.IndexOfAny(['.', 'E']) >= 0 ? text : text + ".0");
    }
}
