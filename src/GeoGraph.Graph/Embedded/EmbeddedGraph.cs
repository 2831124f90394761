using System.Collections.Concurrent;
using GeoGraph.Extraction.Model;
using GeoGraph.Graph.Stories;

namespace GeoGraph.Graph.Embedded;

/// <summary>
/// The in-memory graph: entities, articles and per-article edges, indexed by subject and object.
/// Writes are not thread-safe; <see cref="EmbeddedGraphStore"/> lets one writer or many readers in.
/// </summary>
internal sealed class EmbeddedGraph(double storyThreshold)
{
    public Dictionary<string, StoredArticle> Articles { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, StoredEntity> Entities { get; } = new(StringComparer.Ordinal);
    public Dictionary<FactKey, SortedDictionary<string, StoredEdge>> Facts { get; } = [];
    public Dictionary<string, HashSet<FactKey>> Outgoing { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, HashSet<FactKey>> Incoming { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, SortedSet<string>> StoryArticles { get; } = new(StringComparer.Ordinal);
    private readonly StoryIndex _stories = new(storyThreshold);
    private readonly Dictionary<string, Dictionary<string, IReadOnlyList<string>>> _aliasesByArticle = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<string>> _aliasCache = new(StringComparer.Ordinal);

    /// <summary>The story the article is filed under: the one it was given, else that of its closest match, else a new one.</summary>
    public string StoryFor(ArticleRecord record) =>
        record.Story ?? (record.Fingerprint is { } fingerprint ? _stories.Match(fingerprint, record.Id) : null) ?? NewStoryId(record);

    /// <summary>
    /// A new story takes its article's id, unless copies of an earlier text of that article still hold that id: the
    /// article rewritten as another story then takes its id and content hash, so that the two stories stay apart.
    /// </summary>
    private string NewStoryId(ArticleRecord record) =>
        StoryArticles.TryGetValue(record.Id, out var filed) && filed.Any(id => id != record.Id)
            ? StoryIds.Distinct(record.Id, record.ContentHash)
            : record.Id;

    public void Upsert(ArticleRecord record)
    {
        Remove(record.Id);
        var story = StoryFor(record);
        if (record.Fingerprint is { } fingerprint) _stories.Add(record.Id, fingerprint, story);
        if (!StoryArticles.TryGetValue(story, out var storyArticles)) StoryArticles[story] = storyArticles = new SortedSet<string>(StringComparer.Ordinal);
        storyArticles.Add(record.Id);
        var graph = record.Graph;
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            var type = entity.Type.ToString();
            if (!Entities.TryGetValue(entity.Id, out var known) || known.Name != entity.Name || known.Type != type)
                Entities[entity.Id] = new StoredEntity(entity.Id, entity.Name, type);
            aliases[entity.Id] = entity.Aliases;
            if (!_aliasesByArticle.TryGetValue(entity.Id, out var byArticle))
                _aliasesByArticle[entity.Id] = byArticle = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            byArticle[record.Id] = entity.Aliases;
            _aliasCache.TryRemove(entity.Id, out _);
        }
        var keys = new List<FactKey>(graph.Relations.Count);
        var published = graph.Published?.ToString("yyyy-MM-dd");
        foreach (var relation in graph.Relations)
        {
            var key = new FactKey(relation.SubjectId, relation.Type.Name(), relation.ObjectId);
            if (!Facts.TryGetValue(key, out var edges))
            {
                Facts[key] = edges = new SortedDictionary<string, StoredEdge>(StringComparer.Ordinal);
                Index(Outgoing, key.Subject).Add(key);
                Index(Incoming, key.Object).Add(key);
            }
            edges[record.Id] = ToEdge(record, relation, published ?? record.SeenOf(relation), record.WhenOf(relation), story);
            keys.Add(key);
        }
        Articles[record.Id] = new StoredArticle(record.Id, record.FileName, graph.Title, published, record.Source,
            record.ContentHash, record.IngestedAt.UtcDateTime.ToString("O"), story, aliases, keys);
    }

    public bool Remove(string articleId)
    {
        if (!Articles.Remove(articleId, out var article)) return false;
        _stories.Remove(articleId);
        var storyArticles = StoryArticles[article.Story];
        storyArticles.Remove(articleId);
        if (storyArticles.Count == 0) StoryArticles.Remove(article.Story);
        foreach (var key in article.Facts)
        {
            var edges = Facts[key];
            edges.Remove(articleId);
            if (edges.Count > 0) continue;
            Facts.Remove(key);
            Outgoing[key.Subject].Remove(key);
            Incoming[key.Object].Remove(key);
        }
        foreach (var entityId in article.AliasesByEntity.Keys)
        {
            _aliasCache.TryRemove(entityId, out _);
            var byArticle = _aliasesByArticle[entityId];
            byArticle.Remove(articleId);
            if (byArticle.Count > 0) continue;
            _aliasesByArticle.Remove(entityId);
            Entities.Remove(entityId);
            Outgoing.Remove(entityId);
            Incoming.Remove(entityId);
        }
        return true;
    }

    /// <summary>The aliases an entity is known by across the articles that mention it, sorted.</summary>
    public List<string> AliasesOf(string entityId) => _aliasCache.GetOrAdd(entityId, id =>
    {
        var aliases = _aliasesByArticle.GetValueOrDefault(id)?.Values.SelectMany(a => a) ?? [];
        return [.. aliases.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    });

    /// <summary>A fact's evidence from articles whose date for it lies in the window; empty when none does.</summary>
    public List<StoredEdge> EdgesWithin(FactKey key, Queries.DateWindow window) => [.. Facts[key].Values.Where(e => window.Contains(e.When))];

    public IEnumerable<FactKey> FactsOf(string entityId) =>
        (Outgoing.GetValueOrDefault(entityId) ?? []).Concat(Incoming.GetValueOrDefault(entityId) ?? []);

    private static HashSet<FactKey> Index(Dictionary<string, HashSet<FactKey>> index, string id)
    {
        if (!index.TryGetValue(id, out var set)) index[id] = set = [];
        return set;
    }

    private static StoredEdge ToEdge(ArticleRecord record, ExtractedRelation relation, string? seen, string? when, string story) => new(
        record.Id, record.Source, relation.Evidence.Sentence, relation.Evidence.Span.Start, relation.Evidence.Span.End,
        relation.Amount is { } amount ? (double)amount.Value : null, relation.Amount?.Currency,
        relation.Items.Count > 0 ? relation.Items : null, (double?)relation.StakePercent, relation.Date, relation.Planned, relation.Rule, relation.Confidence, seen, when,
        story);
}
