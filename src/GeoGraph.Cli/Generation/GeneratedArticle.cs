namespace GeoGraph.Cli.Generation;

/// <summary>
/// A generated article and the facts it states (its answer-key entry), and its story: the file name of the original it was
/// syndicated from, or its own.
/// </summary>
public sealed record GeneratedArticle(
    string FileName, string Text, IReadOnlySet<string> Entities, IReadOnlyList<(string Subject, string Type, string Object)> Relations, string Story);
