using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Evaluation;

/// <summary>
/// Scores article graphs against an answer key the way the project's reference scorer does: entities and relations
/// matched by surface form, optional items neither demanded nor penalised, a relation counted once per article,
/// symmetric types matched in either direction.
/// </summary>
public sealed class Evaluator(AnswerKey key)
{
    private readonly Dictionary<string, string> _idsByForm = BuildForms(key);

    public sealed record Report(Score Entities, double TypeAccuracy, IReadOnlyDictionary<string, Score> ByType, Score Core, Score All,
        IReadOnlyList<string> MissingArticles);

    public Report Evaluate(IEnumerable<ArticleGraph> graphs)
    {
        var byArticle = graphs.ToDictionary(g => Path.GetFileName(g.ArticleId), StringComparer.Ordinal);
        var entities = new Score();
        var (typed, typedRight) = (0, 0);
        var byType = key.ScoredTypes.ToDictionary(t => t, _ => new Score());
        var missing = new List<string>();
        foreach (var (file, gold) in key.Articles)
        {
            if (!byArticle.TryGetValue(file, out var graph)) missing.Add(file);
            var (entityScore, right, count) = ScoreEntities(gold, graph);
            entities += entityScore;
            (typed, typedRight) = (typed + count, typedRight + right);
            foreach (var (type, score) in ScoreRelations(gold, graph)) byType[type] += score;
        }
        Score Sum(IEnumerable<string> types) => types.Aggregate(new Score(), (total, t) => total + byType[t]);
        return new Report(entities, typed == 0 ? 0 : (double)typedRight / typed, byType, Sum(key.CoreTypes), Sum(key.ScoredTypes), missing);
    }

    private (Score Score, int TypedRight, int Typed) ScoreEntities(AnswerKey.GoldArticle gold, ArticleGraph? graph)
    {
        var found = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var falsePositives = 0;
        foreach (var entity in graph?.Entities ?? [])
        {
            var id = _idsByForm.GetValueOrDefault(SurfaceForm.Normalize(entity.Name));
            if (id is not null && (gold.RequiredEntities.Contains(id) || gold.OptionalEntities.Contains(id)))
            {
                if (!found.TryGetValue(id, out var types)) found[id] = types = [];
                types.Add(entity.Type.ToString().ToLowerInvariant());
            }
            else falsePositives++;
        }
        var hits = gold.RequiredEntities.Where(found.ContainsKey).ToList();
        var typedRight = hits.Count(id => key.Catalogue[id].Type.ToLowerInvariant().Split('/').Any(found[id].Contains));
        return (new Score(hits.Count, falsePositives, gold.RequiredEntities.Count - hits.Count), typedRight, hits.Count);
    }

    private Dictionary<string, Score> ScoreRelations(AnswerKey.GoldArticle gold, ArticleGraph? graph)
    {
        var scores = key.ScoredTypes.ToDictionary(t => t, _ => new Score());
        var names = graph?.Entities.ToDictionary(e => e.Id, e => e.Name) ?? [];
        var hit = new bool[gold.RequiredRelations.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in graph?.Relations ?? [])
        {
            var type = relation.Type.Name();
            if (!scores.ContainsKey(type)) continue;
            var subject = IdOf(names.GetValueOrDefault(relation.SubjectId, relation.SubjectId));
            var @object = IdOf(names.GetValueOrDefault(relation.ObjectId, relation.ObjectId));
            var symmetric = key.SymmetricTypes.Contains(type);
            var seenKey = symmetric ? $"{type}|{string.Join('|', new[] { subject, @object }.Order(StringComparer.Ordinal))}" : $"{type}|{subject}|{@object}";
            if (!seen.Add(seenKey)) continue;
            var matched = false;
            for (var k = 0; k < gold.RequiredRelations.Count; k++)
            {
                if (!Matches(gold.RequiredRelations[k], subject, type, @object, symmetric)) continue;
                hit[k] = true;
                matched = true;
            }
            if (!matched && !gold.OptionalRelations.Any(r => Matches(r, subject, type, @object, symmetric)))
                scores[type] += new Score(0, 1, 0);
        }
        for (var k = 0; k < hit.Length; k++)
            scores[gold.RequiredRelations[k].Type] += hit[k] ? new Score(1, 0, 0) : new Score(0, 0, 1);
        return scores;
    }

    private string IdOf(string name) => _idsByForm.GetValueOrDefault(SurfaceForm.Normalize(name)) ?? "?" + SurfaceForm.Normalize(name);

    private static bool Matches(AnswerKey.GoldRelation gold, string subject, string type, string @object, bool symmetric) =>
        gold.Type == type && (gold.Subjects.Contains(subject) && gold.Objects.Contains(@object)
            || symmetric && gold.Subjects.Contains(@object) && gold.Objects.Contains(subject));

    private static Dictionary<string, string> BuildForms(AnswerKey key)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, entry) in key.Catalogue)
        {
            foreach (var alias in entry.Aliases) forms.TryAdd(SurfaceForm.Normalize(alias), id);
        }
        return forms;
    }
}
