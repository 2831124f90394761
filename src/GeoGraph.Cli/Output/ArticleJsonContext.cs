using System.Text.Json.Serialization;

namespace GeoGraph.Cli.Output;

/// <summary>Serialisation code generated at build time, so that writing a record needs no reflection.</summary>
[JsonSerializable(typeof(ArticleRecord))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;
