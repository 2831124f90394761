using System.CommandLine;
using System.Diagnostics;
using GeoGraph.Cli.Export;
using GeoGraph.Graph.Stories;
using GeoGraph.Ingestion.Files;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph export --format neo4j-admin &lt;articles…&gt; &lt;out-dir&gt;</c>: the node and relationship CSV files of the
/// graph the store would hold after ingesting the articles, and the <c>neo4j-admin database import full</c> command line
/// that builds a Neo4j database from them.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "The export format: neo4j-admin", Required = true };
        format.AcceptOnlyFromAmong("neo4j-admin");
        var threshold = new Option<double>("--story-threshold")
        {
            Description = "The similarity from which two articles are one story (as GeoGraph:Stories:Threshold)",
            DefaultValueFactory = _ => StoryOptions.DefaultThreshold,
        };
        threshold.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0.05 or > 1) result.AddError("--story-threshold must be a similarity from 0.05 to 1.");
        });
        var parallelism = ParallelExtraction.ParallelismOption();
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders, then the folder to write the CSV files to", Arity = ArgumentArity.OneOrMore };
        var command = new Command("export", "Write the graph of articles as CSV files for neo4j-admin database import") { format, threshold, parallelism, paths };
        command.Validators.Add(result =>
        {
            if (result.GetValue(paths) is not [_, _, ..]) result.AddError("Give the articles (files or folders), then the folder to write the CSV files to.");
            else if (result.GetValue(paths) is [.., var target] && File.Exists(target)) result.AddError($"The output folder {target} is a file.");
        });
        command.SetAction((result, cancellationToken) =>
        {
            var all = result.GetValue(paths)!;
            var (articles, folder) = (all[..^1], all[^1]);
            var clock = Stopwatch.StartNew();
            var export = new AdminImportExport(folder, result.GetValue(parallelism), result.GetValue(threshold), TimeProvider.System);
            var summary = export.Run(ArticleFileReader.Expand(articles), (path, reason) => Console.Error.WriteLine($"error: {path}: {reason}"), cancellationToken);
            Console.WriteLine($"exported {summary.Articles} articles ({summary.SameBytes} the same bytes as another, {summary.Unreadable} unreadable, of {summary.Files} files), "
                + $"{summary.Entities} entities and {summary.Facts} facts to {Path.GetFullPath(folder)} in {clock.Elapsed.TotalSeconds:F1} s");
            Console.WriteLine("Build a Neo4j database from them (Neo4j stopped, the database absent), then start Neo4j and GeoGraph, which applies cypher/schema:");
            Console.WriteLine(ImportFiles.ImportCommand(folder));
            return Task.FromResult(summary.Unreadable == 0 ? 0 : 1);
        });
        return command;
    }
}
