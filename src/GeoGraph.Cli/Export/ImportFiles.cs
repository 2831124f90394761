using GeoGraph.Graph.Stories;

namespace GeoGraph.Cli.Export;

/// <summary>
/// The CSV files of an export for <c>neo4j-admin database import full</c>, and their headers in the import tool's format:
/// <c>name:type</c> fields, node ids in two id spaces (<c>:ID(Entity)</c>, <c>:ID(Article)</c>) that relationships name
/// with <c>:START_ID(…)</c>/<c>:END_ID(…)</c>, labels in <c>:LABEL</c>, types in <c>:TYPE</c>, arrays as <c>type[]</c>
/// split on <see cref="ArrayDelimiter"/>. Properties and their types are those the Neo4j store writes (Query API
/// integers are longs, floats doubles); an empty field is a property not set, as the store leaves nulls unset.
/// </summary>
public static class ImportFiles
{
    public const char ArrayDelimiter = ';';

    public const string Entities = "entities.csv";
    public const string Articles = "articles.csv";
    public const string Mentions = "mentions.csv";
    public const string Facts = "facts.csv";

    public static IReadOnlyList<string> EntityHeader { get; } = ["id:ID(Entity)", "name", "type", "aliases:string[]", ":LABEL"];

    public static IReadOnlyList<string> ArticleHeader { get; } =
    [
        "id:ID(Article)", "fileName", "title", "published", "source", "contentHash", "ingestedAt", "factCount:long", "story", "minhash:long[]",
        .. Enumerable.Range(0, StoryFingerprint.BandCount).Select(band => $"band{band}:long"), ":LABEL",
    ];

    public static IReadOnlyList<string> MentionHeader { get; } = [":START_ID(Article)", ":END_ID(Entity)", ":TYPE", "aliases:string[]"];

    public static IReadOnlyList<string> FactHeader { get; } =
    [
        ":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "article", "source", "sentence", "start:long", "end:long", "amount:double", "currency",
        "items:string[]", "stake:double", "date", "planned:boolean", "rule", "confidence:double", "seen", "when", "story",
    ];

    /// <summary>The command line that builds the default database, neo4j, from the files in <paramref name="folder"/>.</summary>
    public static string ImportCommand(string folder)
    {
        string In(string file) => Quoted(Path.Combine(Path.GetFullPath(folder), file));
        return $"neo4j-admin database import full --nodes={In(Entities)} --nodes={In(Articles)} "
            + $"--relationships={In(Mentions)} --relationships={In(Facts)} --array-delimiter=\"{ArrayDelimiter}\" --multiline-fields=true neo4j";
    }

    private static string Quoted(string path) => path.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or '`' or '\\')
        ? "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'"
        : path;
}
