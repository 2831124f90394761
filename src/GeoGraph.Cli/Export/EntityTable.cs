using GeoGraph.Extraction.Model;

namespace GeoGraph.Cli.Export;

/// <summary>
/// Every entity the exported articles name, as the store keeps it: name and type from the last article that named it,
/// aliases the union of all articles', in order. Its size grows with the entities, not the articles.
/// </summary>
internal sealed class EntityTable
{
    private readonly Dictionary<string, (string Name, string Type, SortedSet<string> Aliases)> _entities = new(StringComparer.Ordinal);

    public void Add(ExtractedEntity entity)
    {
        var aliases = _entities.TryGetValue(entity.Id, out var known) ? known.Aliases : new SortedSet<string>(StringComparer.Ordinal);
        aliases.UnionWith(entity.Aliases);
        _entities[entity.Id] = (entity.Name, entity.Type.ToString(), aliases);
    }

    public int Count => _entities.Count;

    public void WriteTo(string path)
    {
        using var csv = new CsvWriter(path, ImportFiles.EntityHeader);
        foreach (var (id, (name, type, aliases)) in _entities.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            csv.Text(id).Text(name).Text(type).Array(aliases).Text($"Entity{ImportFiles.ArrayDelimiter}{type}");
            csv.EndLine();
        }
    }
}
