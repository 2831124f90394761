using GeoGraph.Cli.Generation;
using GeoGraph.Extraction;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Graph;
using GeoGraph.Graph.Embedded;
using GeoGraph.Graph.Queries;
using GeoGraph.Graph.Reading;
using GeoGraph.Ingestion.Files;
using GeoGraph.Ingestion.Worker;
using GeoGraph.Testing.Repository;

namespace GeoGraph.Cli.Tests.Export;

public sealed class ExportCommandTests : IDisposable
{
    private static readonly string[] NodeFiles = ["entities.csv", "articles.csv"];
    private static readonly string[] RelationshipFiles = ["mentions.csv", "facts.csv"];

    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-export-").FullName;

    private string Articles => Path.Combine(_folder, "articles");

    private string Out => Path.Combine(_folder, "out");

    [Fact]
    public async Task Writes_csv_headers_in_the_import_manual_s_format_with_every_relationship_between_exported_nodes()
    {
        var run = await ExportAsync(Seeds());

        run.ExitCode.Should().Be(0, run.Error);
        var graph = ImportedGraph.Read(Out);
        foreach (var file in NodeFiles)
        {
            var header = graph.Files[file].Header;
            header.Should().ContainSingle(f => f.Kind == "ID" && f.Name == "id" && f.IdSpace != null, $"{file} names its nodes in an id space");
            header.Should().ContainSingle(f => f.Kind == "LABEL");
        }
        foreach (var file in RelationshipFiles)
        {
            var header = graph.Files[file].Header;
            header.Select(f => f.Kind).Should().Contain(["START_ID", "END_ID", "TYPE"]);
            header.Where(f => f.Kind is "START_ID" or "END_ID").Should().OnlyContain(f => f.IdSpace == "Entity" || f.IdSpace == "Article");
        }
        var ids = NodeFiles.SelectMany(f => graph.Files[f].Rows.Select(r => (graph.Files[f].Header.Single(h => h.Kind == "ID").IdSpace, r.Id))).ToHashSet();
        foreach (var file in RelationshipFiles)
        {
            var header = graph.Files[file].Header;
            var (start, end) = (header.Single(h => h.Kind == "START_ID").IdSpace, header.Single(h => h.Kind == "END_ID").IdSpace);
            var dangling = graph.Files[file].Rows.Where(r => !ids.Contains((start, r.StartId)) || !ids.Contains((end, r.EndId)));
            dangling.Should().BeEmpty($"{file} links exported nodes only");
        }
        graph.Files["entities.csv"].Rows.Should().Contain(r => r.Id == "vladimir-putin" && r.Labels.SequenceEqual(new[] { "Entity", "Person" }));
        graph.Files["facts.csv"].Rows.Should().Contain(r => r.Type == "FUNDED" && r.Properties["amount"] is double);
        run.Out.Should().Contain($"neo4j-admin database import full --nodes={Path.Combine(Out, "entities.csv")}");
    }

    [Theory]
    [InlineData("id:ID(Entity)")]
    [InlineData(":START_ID(Article)")]
    [InlineData("aliases:string[]")]
    [InlineData("amount:double")]
    [InlineData(":LABEL")]
    public void The_test_reader_takes_header_fields_of_the_manual_s_forms(string field) => ImportCsv.ParseField(field);

    [Theory]
    [InlineData("amount:decimal")]
    [InlineData(":LABEL(Entity)")]
    [InlineData("id:ID(Entity")]
    public void The_test_reader_refuses_header_fields_the_import_tool_would(string field) =>
        FluentActions.Invoking(() => ImportCsv.ParseField(field)).Should().Throw<InvalidDataException>();

    [Fact]
    public async Task Loading_the_exported_csvs_into_the_embedded_store_gives_the_stats_and_facts_of_ingesting_the_articles()
    {
        Directory.CreateDirectory(Articles);
        foreach (var article in new CorpusGenerator(KnowledgeBase.Default, 5).Generate(300, "gen", syndicatedShare: 0.3))
            await File.WriteAllTextAsync(Path.Combine(Articles, article.FileName), article.Text);
        foreach (var seed in Seeds()) File.Copy(seed, Path.Combine(Articles, Path.GetFileName(seed)));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Stories", "syndicated-000.txt"), Path.Combine(Articles, "syndicated-000.txt"));

        var run = await ExportAsync([Articles]);

        run.ExitCode.Should().Be(0, run.Error);
        var imported = new EmbeddedGraphStore();
        imported.Load(ImportedGraph.Read(Out).Articles());
        var ingested = await IngestAsync(ArticleFileReader.Expand([Articles]));
        var (fromCsv, fromFiles) = (new GraphReader(imported, QueryCatalogue.Default), new GraphReader(ingested, QueryCatalogue.Default));
        (await fromCsv.GetStatsAsync(default)).Should().BeEquivalentTo(await fromFiles.GetStatsAsync(default));
        (await fromCsv.FindRelationsAsync(null, null, null, default, 0, 500, default)).Items.Should().BeEquivalentTo(
            (await fromFiles.FindRelationsAsync(null, null, null, default, 0, 500, default)).Items, o => o.WithStrictOrdering());
        (await fromCsv.GetArticleAsync("syndicated-000", default, default))!.Story.Id.Should().Be("000_f3ef85bddd3de892");
    }

    [Fact]
    public async Task Refuses_an_unknown_format_and_a_missing_output_folder_saying_why()
    {
        var unknown = await CliRunner.RunAsync("export", "--format", "graphml", Seeds()[0], Out);
        var noFolder = await CliRunner.RunAsync("export", "--format", "neo4j-admin", Seeds()[0]);

        unknown.ExitCode.Should().NotBe(0);
        unknown.Error.Should().Contain("graphml");
        noFolder.ExitCode.Should().NotBe(0);
        noFolder.Error.Should().Contain("the folder to write the CSV files to");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] Seeds() => Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    private Task<GeoGraph.Testing.Processes.ChildProcess.Run> ExportAsync(string[] articles) =>
        CliRunner.RunAsync(["export", "--format", "neo4j-admin", .. articles, Out]);

    /// <summary>The articles loaded one by one as the worker loads them, in path order.</summary>
    private static async Task<EmbeddedGraphStore> IngestAsync(IEnumerable<string> paths)
    {
        var store = new EmbeddedGraphStore();
        var loader = new ArticleLoader(store, new Lazy<ArticleExtractor>(), TimeProvider.System);
        foreach (var path in paths) await loader.LoadAsync(await ArticleFileReader.ReadAsync(path), CancellationToken.None);
        return store;
    }
}
