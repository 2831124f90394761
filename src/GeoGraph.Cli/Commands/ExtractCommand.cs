using System.CommandLine;
using GeoGraph.Cli.Output;

namespace GeoGraph.Cli.Commands;

/// <summary><c>geograph extract &lt;files or folders&gt;</c>: one JSON object per article on stdout, in path order.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders of *.txt files", Arity = ArgumentArity.OneOrMore };
        var parallelism = ParallelExtraction.ParallelismOption();
        var command = new Command("extract", "Extract entities and relations from articles as JSON Lines") { paths, parallelism };
        command.SetAction(async (result, cancellationToken) =>
        {
            var failures = 0;
            // Written synchronously: the console stream has no asynchronous writes of its own, and its inherited ones hand
            // each write to a pool thread, which then competes for the core the extraction runs on.
            using var output = new BufferedStream(Console.OpenStandardOutput(), bufferSize: 1 << 16);
            foreach (var article in ParallelExtraction.Run(result.GetValue(paths)!, result.GetValue(parallelism), ArticleJson.ToUtf8Line, cancellationToken))
            {
                if (article.Result is { } line)
                {
                    line.WriteTo(output);
                    continue;
                }
                // Flushed first, so that the message stands where the article would have in a terminal or a 2>&1 file.
                output.Flush();
                await Console.Error.WriteLineAsync($"error: {article.Path}: {article.Error}");
                failures++;
            }
            return failures == 0 ? 0 : 1;
        });
        return command;
    }
}
