using System.CommandLine;
using System.CommandLine.Parsing;
using GeoGraph.Extraction;
using GeoGraph.Graph;
using GeoGraph.Graph.Embedded;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Worker;
using GeoGraph.Neo4j;
using GeoGraph.Neo4j.Client;
using GeoGraph.Neo4j.Startup;
using GeoGraph.Neo4j.Store;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph load --store neo4j &lt;files or folders&gt;</c>: batch-loads articles without the server, with a progress bar.
/// Neo4j settings come from GeoGraph__Neo4j__* environment variables, overridden by the options.
/// <c>--store embedded</c> loads into memory only: a dry run that reports what would be loaded.
/// </summary>
public static class LoadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders of *.txt files", Arity = ArgumentArity.OneOrMore };
        var store = new Option<string>("--store") { Description = "neo4j, or embedded for a dry run", DefaultValueFactory = _ => "neo4j" };
        store.AcceptOnlyFromAmong("neo4j", "embedded");
        var uri = new Option<Uri?>("--uri") { Description = "Neo4j HTTP URI (default GeoGraph__Neo4j__Uri or http://localhost:7474)", CustomParser = HttpUri };
        var database = new Option<string?>("--database") { Description = "Neo4j database (default neo4j)" };
        var user = new Option<string?>("--user") { Description = "Neo4j user; the password comes from GeoGraph__Neo4j__Password" };
        var command = new Command("load", "Load articles into a graph store, with progress") { paths, store, uri, database, user };
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = Neo4jSettings(result.GetValue(uri), result.GetValue(database), result.GetValue(user));
            var (graphStore, client, schema) = result.GetValue(store) == "neo4j" ? ConnectNeo4j(options) : (new EmbeddedGraphStore(), null, null);
            try
            {
                if (schema is not null) await schema.EnsureAppliedAsync(cancellationToken);
            }
            catch (Neo4jException ex) when (ex.Status == System.Net.HttpStatusCode.Unauthorized)
            {
                await Console.Error.WriteLineAsync($"error: Neo4j at {options.Uri} refused the user and password (GeoGraph__Neo4j__User, GeoGraph__Neo4j__Password): {ex.Message}");
                return 3;
            }
            catch (Exception ex) when (Neo4jResilience.IsUnavailability(ex) || ex is Neo4jException)
            {
                await Console.Error.WriteLineAsync($"error: Neo4j at {options.Uri} did not answer: {ex.Message}");
                return 3;
            }
            var files = ArticleFileReader.Expand(result.GetValue(paths)!).ToList();
            var tally = await LoadAllAsync(files, new ArticleLoader(graphStore, new Lazy<ArticleExtractor>(), TimeProvider.System), cancellationToken);
            AnsiConsole.MarkupLine($"Loaded [green]{tally[IngestionState.Ingested]}[/], unchanged {tally[IngestionState.Unchanged]}, failed [red]{tally[IngestionState.Failed]}[/] of {files.Count} files"
                + (client is null ? "." : $"; {client.RequestCount} round trips to Neo4j."));
            return tally[IngestionState.Failed] == 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task<Dictionary<IngestionState, int>> LoadAllAsync(List<string> files, ArticleLoader loader, CancellationToken cancellationToken)
    {
        var tally = Enum.GetValues<IngestionState>().ToDictionary(s => s, _ => 0);
        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var bar = progress.AddTask("Loading articles", maxValue: files.Count);
            foreach (var file in files)
            {
                try
                {
                    var article = await ArticleFileReader.ReadAsync(file, cancellationToken);
                    tally[(await loader.LoadAsync(article, cancellationToken)).State]++;
                }
                catch (Exception ex) when (ex is UnreadableArticleException or IOException or GraphStoreUnavailableException or Neo4jException)
                {
                    tally[IngestionState.Failed]++;
                    await Console.Error.WriteLineAsync($"error: {file}: {(ex as UnreadableArticleException)?.Reason ?? ex.Message}");
                }
                bar.Increment(1);
            }
        });
        return tally;
    }

    /// <summary>An absolute http or https URI; System.CommandLine has no parser of its own for <see cref="Uri"/>.</summary>
    private static Uri? HttpUri(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https") return parsed;
        result.AddError($"--uri must be an http or https URI such as http://localhost:7474, not '{text}'.");
        return null;
    }

    private static Neo4jOptions Neo4jSettings(Uri? uri, string? database, string? user)
    {
        var options = new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection(Neo4jOptions.Section).Get<Neo4jOptions>() ?? new Neo4jOptions();
        if (uri is not null) options.Uri = uri;
        if (database is not null) options.Database = database;
        if (user is not null) options.User = user;
        return options;
    }

    private static (IGraphStore, QueryApiClient, Neo4jSchema) ConnectNeo4j(Neo4jOptions options)
    {
        var client = new QueryApiClient(new HttpClient(), Microsoft.Extensions.Options.Options.Create(options), Neo4jResilience.Create(options, TimeProvider.System));
        var schema = new Neo4jSchema(client);
        return (new Neo4jGraphStore(client, schema), client, schema);
    }
}
