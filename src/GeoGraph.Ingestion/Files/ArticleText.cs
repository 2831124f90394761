namespace GeoGraph.Ingestion.Files;

/// <summary>An article file's name and decoded text, for a command that keeps no record of the file.</summary>
public readonly record struct ArticleText(string Name, string Text);
