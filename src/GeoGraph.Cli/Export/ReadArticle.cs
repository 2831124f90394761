using GeoGraph.Graph;

namespace GeoGraph.Cli.Export;

/// <summary>One named file, read, extracted and fingerprinted (its id provisional until it is written), or why it could not be.</summary>
internal sealed record ReadArticle(string Path, ArticleRecord? Record, string? Error);
