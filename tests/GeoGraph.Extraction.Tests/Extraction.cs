using GeoGraph.Extraction;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Tests;

/// <summary>Runs the extractor on test text and states its result as "Subject TYPE Object" lines, easy to assert on.</summary>
internal static class Extraction
{
    private static readonly ArticleExtractor Extractor = new();

    public static ArticleGraph Of(string text) => Extractor.Extract("test.txt", text);

    public static IReadOnlyList<string> Facts(string text) => FactsOf(Of(text));

    public static IReadOnlyList<string> FactsOf(ArticleGraph graph)
    {
        var names = graph.Entities.ToDictionary(e => e.Id, e => e.Name);
        return [.. graph.Relations.Select(r => $"{names.GetValueOrDefault(r.SubjectId, r.SubjectId)} {r.Type.Name()} {names.GetValueOrDefault(r.ObjectId, r.ObjectId)}")];
    }

    public static ExtractedRelation Single(string text, RelationType type) => Of(text).Relations.Single(r => r.Type == type);

    public static IReadOnlyList<string> Entities(string text) => [.. Of(text).Entities.Select(e => $"{e.Name} ({e.Type})")];
}
