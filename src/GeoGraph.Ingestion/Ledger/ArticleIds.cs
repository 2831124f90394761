namespace GeoGraph.Ingestion.Ledger;

/// <summary>
/// Gives a new file its article id: its name without extension, or, when another file already holds that id
/// (<c>x.txt</c> and then <c>x.html</c>), the name with its extension (<c>x-html</c>), then numbered — never a silent
/// replacement of the other file's article.
/// </summary>
public static class ArticleIds
{
    public static string Allocate(string fileName, Func<string, bool> isTaken)
    {
        var stem = Graph.ArticleRecord.IdFor(fileName);
        if (!isTaken(stem)) return stem;
        var withExtension = $"{stem}-{Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant()}";
        if (!isTaken(withExtension)) return withExtension;
        for (var n = 2; ; n++)
        {
            if (!isTaken($"{withExtension}-{n}")) return $"{withExtension}-{n}";
        }
    }
}
