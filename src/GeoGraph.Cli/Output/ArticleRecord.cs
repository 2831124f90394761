namespace GeoGraph.Cli.Output;

// The JSON Lines record of one article, field for field: names are written in camel case, nulls left out.

internal sealed record ArticleRecord(string Article, string? Title, string? Published, IReadOnlyList<EntityRecord> Entities, IReadOnlyList<RelationRecord> Relations);

internal sealed record EntityRecord(string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<int[]> Mentions);

internal sealed record RelationRecord(string Subject, string Type, string Object, string SubjectId, string ObjectId, EvidenceRecord Evidence,
    AmountRecord? Amount, IReadOnlyList<string>? Items, decimal? Stake, string? Date, bool? Planned, string Rule, double Confidence);

internal sealed record EvidenceRecord(string Sentence, int Start, int End);

internal sealed record AmountRecord(decimal Value, string? Currency, string Text);
