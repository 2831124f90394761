namespace GeoGraph.Cli.Generation;

/// <summary>A generated article and the facts it states: its answer-key entry.</summary>
public sealed record GeneratedArticle(string FileName, string Text, IReadOnlySet<string> Entities, IReadOnlyList<(string Subject, string Type, string Object)> Relations);
