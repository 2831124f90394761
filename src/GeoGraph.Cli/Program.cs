using System.CommandLine;
using GeoGraph.Cli.Commands;
using GeoGraph.Cli.Output;
using Spectre.Console;

AnsiConsole.Console = TerminalOutput.Create();
var root = new RootCommand("geograph: news articles to a knowledge graph")
{
    ExtractCommand.Create(),
    EvalCommand.Create(),
    GenerateCommand.Create(),
    LoadCommand.Create(),
    ExportCommand.Create(),
};
try
{
    // Without the default handler, a missing path reaches the catch below instead of printing a stack trace.
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (FileNotFoundException ex)
{
    await Console.Error.WriteLineAsync($"error: {ex.Message}");
    return 2;
}
