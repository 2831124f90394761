using System.Globalization;
using System.Text;

namespace GeoGraph.Cli.Tests.Export;

/// <summary>
/// Reads CSV files as <c>neo4j-admin database import</c> does, for tests: the header's <c>name:type</c> fields, id spaces,
/// <c>:LABEL</c> and <c>:TYPE</c>, arrays split on ';', quoted fields (quotes doubled, line breaks kept), and an empty
/// field as no property. It refuses what the import tool would: a field type it does not know, a row of the wrong width.
/// </summary>
internal static class ImportCsv
{
    private static readonly HashSet<string> ScalarTypes = ["int", "long", "float", "double", "boolean", "byte", "short", "char", "string"];

    public sealed record Field(string Name, string Kind, string? Type, bool IsArray, string? IdSpace);

    public sealed record Row(IReadOnlyDictionary<string, object> Properties, string? Id, string? StartId, string? EndId, IReadOnlyList<string> Labels, string? Type);

    public sealed record File(IReadOnlyList<Field> Header, IReadOnlyList<Row> Rows);

    public static File Read(string path)
    {
        var records = Records(System.IO.File.ReadAllText(path, Encoding.UTF8)).ToList();
        var header = records[0].Select(field => ParseField(field.Text)).ToList();
        var rows = new List<Row>();
        for (var line = 1; line < records.Count; line++)
        {
            if (records[line].Count != header.Count) throw new InvalidDataException($"{path}: row {line + 1} has {records[line].Count} fields, the header {header.Count}.");
            rows.Add(ToRow(header, records[line]));
        }
        return new File(header, rows);
    }

    /// <summary>"name:type", "name:type[]", "name:ID(Space)", ":START_ID(Space)", ":END_ID(Space)", ":LABEL", ":TYPE".</summary>
    public static Field ParseField(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var (name, kind) = colon < 0 ? (text, "string") : (text[..colon], text[(colon + 1)..]);
        var space = kind.IndexOf('(', StringComparison.Ordinal);
        string? idSpace = null;
        if (space >= 0)
        {
            if (!kind.EndsWith(')')) throw new InvalidDataException($"'{text}': an id space is closed by ')'.");
            idSpace = kind[(space + 1)..^1];
            kind = kind[..space];
        }
        if (kind is "ID" or "START_ID" or "END_ID") return new Field(name, kind, null, false, idSpace);
        if (kind is "LABEL" or "TYPE")
            return name.Length == 0 && idSpace is null ? new Field(name, kind, null, false, null) : throw new InvalidDataException($"'{text}' is not a header field.");
        var isArray = kind.EndsWith("[]", StringComparison.Ordinal);
        var type = isArray ? kind[..^2] : kind;
        if (name.Length == 0 || idSpace is not null || !ScalarTypes.Contains(type)) throw new InvalidDataException($"'{text}' is not a header field.");
        return new Field(name, "property", type, isArray, null);
    }

    private static Row ToRow(List<Field> header, List<(string Text, bool Quoted)> values)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        var (id, start, end, type, labels) = ((string?)null, (string?)null, (string?)null, (string?)null, new List<string>());
        for (var i = 0; i < header.Count; i++)
        {
            var (field, (text, quoted)) = (header[i], values[i]);
            if (text.Length == 0 && !quoted) continue;
            switch (field.Kind)
            {
                case "ID":
                    id = text;
                    if (field.Name.Length > 0) properties[field.Name] = text;
                    break;
                case "START_ID": start = text; break;
                case "END_ID": end = text; break;
                case "TYPE": type = text; break;
                case "LABEL": labels.AddRange(text.Split(';')); break;
                default:
                    properties[field.Name] = field.IsArray ? text.Split(';').Select(v => Value(field.Type!, v)).ToArray() : Value(field.Type!, text);
                    break;
            }
        }
        return new Row(properties, id, start, end, labels, type);
    }

    private static object Value(string type, string text) => type switch
    {
        "int" or "long" or "short" or "byte" => long.Parse(text, CultureInfo.InvariantCulture),
        "float" or "double" => double.Parse(text, CultureInfo.InvariantCulture),
        "boolean" => text == "true" ? true : text == "false" ? false : throw new InvalidDataException($"'{text}' is not a boolean."),
        _ => text,
    };

    /// <summary>Comma-separated records; a quoted field may hold commas, doubled quotes and line breaks.</summary>
    private static IEnumerable<List<(string Text, bool Quoted)>> Records(string text)
    {
        var (record, field) = (new List<(string, bool)>(), new StringBuilder());
        var (quoted, inQuotes) = (false, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else inQuotes = false;
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0: (quoted, inQuotes) = (true, true); break;
                case ',':
                    record.Add((field.ToString(), quoted));
                    (field, quoted) = (new StringBuilder(), false);
                    break;
                case '\n':
                    record.Add((field.ToString(), quoted));
                    yield return record;
                    (record, field, quoted) = (new List<(string, bool)>(), new StringBuilder(), false);
                    break;
                default: field.Append(c); break;
            }
        }
        if (inQuotes) throw new InvalidDataException("A quoted field is not closed.");
        if (field.Length > 0 || record.Count > 0) yield return [.. record, (field.ToString(), quoted)];
    }
}
