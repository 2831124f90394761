using System.Globalization;
using GeoGraph.Extraction.Model;
using GeoGraph.Graph;
using GeoGraph.Graph.Stories;
using GeoGraph.Ingestion.Ledger;

namespace GeoGraph.Cli.Export;

/// <summary>
/// Writes articles, in the order given, as the rows the Neo4j store's write would leave: the article node, its MENTIONS and
/// its facts, after giving it an id as the ingestion ledger would (the same bytes twice are one article) and filing it
/// under a story as the stores do. What it keeps grows with the articles: their ids, content hashes and story index entries
/// (about half a kilobyte an article).
/// </summary>
internal sealed class ArticleRows : IDisposable
{
    private readonly CsvWriter _articles;
    private readonly CsvWriter _mentions;
    private readonly CsvWriter _facts;
    private readonly EntityTable _entities = new();
    private readonly StoryIndex _stories;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<UInt128> _contents = [];

    public ArticleRows(string folder, double storyThreshold)
    {
        _stories = new StoryIndex(storyThreshold);
        _articles = new CsvWriter(Path.Combine(folder, ImportFiles.Articles), ImportFiles.ArticleHeader);
        _mentions = new CsvWriter(Path.Combine(folder, ImportFiles.Mentions), ImportFiles.MentionHeader);
        _facts = new CsvWriter(Path.Combine(folder, ImportFiles.Facts), ImportFiles.FactHeader);
    }

    public int Written { get; private set; }

    public int SameBytes { get; private set; }

    public int Facts { get; private set; }

    public int Entities => _entities.Count;

    /// <summary>Writes the article, unless one with the same bytes was written before.</summary>
    public void Write(ArticleRecord provisional)
    {
        if (!_contents.Add(UInt128.Parse(provisional.ContentHash.AsSpan(0, 32), NumberStyles.HexNumber, CultureInfo.InvariantCulture)))
        {
            SameBytes++;
            return;
        }
        var id = ArticleIds.Allocate(provisional.FileName, _ids.Contains);
        _ids.Add(id);
        var story = provisional.Fingerprint is { } fingerprint ? _stories.Match(fingerprint, id) ?? id : id;
        if (provisional.Fingerprint is { } indexed) _stories.Add(id, indexed, story);
        var record = provisional with { Id = id, Story = story };
        WriteArticle(record);
        foreach (var entity in record.Graph.Entities)
        {
            _entities.Add(entity);
            _mentions.Text(id).Text(entity.Id).Text("MENTIONS").Array(entity.Aliases);
            _mentions.EndLine();
        }
        foreach (var relation in record.Graph.Relations) WriteFact(record, relation);
        Written++;
    }

    /// <summary>Closes the article files and writes the entities, now that every article has named them.</summary>
    public void Finish(string folder)
    {
        Dispose();
        _entities.WriteTo(Path.Combine(folder, ImportFiles.Entities));
    }

    public void Dispose()
    {
        _articles.Dispose();
        _mentions.Dispose();
        _facts.Dispose();
    }

    private void WriteArticle(ArticleRecord record)
    {
        var graph = record.Graph;
        _articles.Text(record.Id).Text(record.FileName).Text(graph.Title).Text(graph.Published?.ToString("yyyy-MM-dd"))
            .Text(record.Source).Text(record.ContentHash).Text(record.IngestedAt.UtcDateTime.ToString("O")).Number(graph.Relations.Count).Text(record.Story)
            .Array(record.Fingerprint?.MinHash.Select(slot => slot.ToString(CultureInfo.InvariantCulture)).ToList());
        for (var band = 0; band < StoryFingerprint.BandCount; band++) _articles.Number(record.Fingerprint?.Bands[band]);
        _articles.Text("Article");
        _articles.EndLine();
    }

    private void WriteFact(ArticleRecord record, ExtractedRelation relation)
    {
        _facts.Text(relation.SubjectId).Text(relation.ObjectId).Text(relation.Type.Name())
            .Text(record.Id).Text(record.Source).Text(relation.Evidence.Sentence).Number(relation.Evidence.Span.Start).Number(relation.Evidence.Span.End)
            .Number((double?)relation.Amount?.Value).Text(relation.Amount?.Currency).Array(relation.Items)
            .Number((double?)relation.StakePercent).Text(relation.Date).Boolean(relation.Planned).Text(relation.Rule)
            .Number(relation.Confidence).Text(record.SeenOf(relation)).Text(record.WhenOf(relation)).Text(record.Story);
        _facts.EndLine();
        Facts++;
    }
}
