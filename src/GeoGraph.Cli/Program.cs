using System.CommandLine;
using GeoGraph.Cli.Commands;

var root = new RootCommand("GeoGraph: news articles to a knowledge graph")
{
    ExtractCommand.Create(),
    EvalCommand.Create(),
    GenerateCommand.Create(),
    LoadCommand.Create(),
};
try
{
    return await root.Parse(args).InvokeAsync();
}
catch (FileNotFoundException ex)
{
    await Console.Error.WriteLineAsync($"error: {ex.Message}");
    return 2;
}
