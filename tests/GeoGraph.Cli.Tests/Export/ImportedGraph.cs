using GeoGraph.Extraction.Model;
using GeoGraph.Graph;
using GeoGraph.Graph.Stories;

namespace GeoGraph.Cli.Tests.Export;

/// <summary>
/// The graph an export describes, read back as the import tool would build it, and turned into the article records a
/// store loads: each article node with the entities its MENTIONS name and the facts whose <c>article</c> is its id.
/// </summary>
internal sealed class ImportedGraph
{
    private ImportedGraph(IReadOnlyDictionary<string, ImportCsv.File> files) => Files = files;

    public IReadOnlyDictionary<string, ImportCsv.File> Files { get; }

    public static ImportedGraph Read(string folder) => new(new[] { "entities.csv", "articles.csv", "mentions.csv", "facts.csv" }
        .ToDictionary(name => name, name => ImportCsv.Read(Path.Combine(folder, name)), StringComparer.Ordinal));

    public IEnumerable<ArticleRecord> Articles()
    {
        var entities = Files["entities.csv"].Rows.ToDictionary(r => r.Id!, StringComparer.Ordinal);
        var mentions = Files["mentions.csv"].Rows.ToLookup(r => r.StartId!, StringComparer.Ordinal);
        var facts = Files["facts.csv"].Rows.ToLookup(r => (string)r.Properties["article"], StringComparer.Ordinal);
        foreach (var article in Files["articles.csv"].Rows)
        {
            var p = article.Properties;
            var named = mentions[article.Id!].Select(m => new ExtractedEntity(m.EndId!, (string)entities[m.EndId!].Properties["name"],
                Enum.Parse<EntityType>((string)entities[m.EndId!].Properties["type"]), Strings(m.Properties, "aliases"), [])).ToList();
            var graph = new ArticleGraph((string)p["fileName"], p.GetValueOrDefault("title") as string,
                p.GetValueOrDefault("published") is string published ? DateOnly.Parse(published) : null, named,
                [.. facts[article.Id!].Select(Relation)]);
            yield return new ArticleRecord(article.Id!, (string)p["fileName"], (string)p["contentHash"], DateTimeOffset.Parse((string)p["ingestedAt"]), graph,
                p.GetValueOrDefault("source") as string)
            {
                Story = (string)p["story"],
                Fingerprint = p.GetValueOrDefault("minhash") is object[] slots ? new StoryFingerprint([.. slots.Select(s => (int)(long)s)]) : null,
            };
        }
    }

    private static ExtractedRelation Relation(ImportCsv.Row fact)
    {
        var p = fact.Properties;
        RelationTypes.TryParse(fact.Type!, out var type).Should().BeTrue($"{fact.Type} is a relation type");
        var (start, end) = ((int)(long)p["start"], (int)(long)p["end"]);
        return new ExtractedRelation(fact.StartId!, type, fact.EndId!, new Evidence((string)p["sentence"], new TextSpan(start, end)), (string)p["rule"], (double)p["confidence"])
        {
            Amount = p.GetValueOrDefault("amount") is double amount ? new MoneyAmount((decimal)amount, p.GetValueOrDefault("currency") as string, "") : null,
            Items = Strings(p, "items"),
            StakePercent = p.GetValueOrDefault("stake") is double stake ? (decimal)stake : null,
            Date = p.GetValueOrDefault("date") as string,
            Planned = (bool)p["planned"],
        };
    }

    private static string[] Strings(IReadOnlyDictionary<string, object> properties, string name) =>
        properties.GetValueOrDefault(name) is object[] values ? [.. values.Cast<string>()] : [];
}
