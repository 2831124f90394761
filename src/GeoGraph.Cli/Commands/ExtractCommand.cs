using System.CommandLine;
using GeoGraph.Cli.Output;

namespace GeoGraph.Cli.Commands;

/// <summary><c>geograph extract &lt;files or folders&gt;</c>: one JSON object per article on stdout, in path order.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders of *.txt files", Arity = ArgumentArity.OneOrMore };
        var parallelism = ArticleSource.ParallelismOption();
        var command = new Command("extract", "Extract entities and relations from articles as JSON Lines") { paths, parallelism };
        command.SetAction(async (result, cancellationToken) =>
        {
            var failures = 0;
            await using var output = new StreamWriter(Console.OpenStandardOutput(), bufferSize: 1 << 16);
            foreach (var line in ArticleSource.Extract(result.GetValue(paths)!, result.GetValue(parallelism), ArticleJson.Serialize, cancellationToken))
            {
                if (line is null) failures++;
                else await output.WriteLineAsync(line);
            }
            return failures == 0 ? 0 : 1;
        });
        return command;
    }
}
