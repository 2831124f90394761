using System.CommandLine;
using GeoGraph.Cli.Output;
using GeoGraph.Extraction;
using GeoGraph.Ingestion.Files;

namespace GeoGraph.Cli.Commands;

/// <summary><c>geograph extract &lt;files or folders&gt;</c>: one JSON object per article on stdout.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders of *.txt files", Arity = ArgumentArity.OneOrMore };
        var command = new Command("extract", "Extract entities and relations from articles as JSON Lines") { paths };
        command.SetAction(async (result, cancellationToken) =>
        {
            var extractor = new ArticleExtractor();
            var failures = 0;
            await foreach (var article in ArticleSource.ReadAsync(result.GetValue(paths)!, cancellationToken))
            {
                if (article is null) { failures++; continue; }
                Console.Out.WriteLine(ArticleJson.Serialize(extractor.Extract(article.Name, article.Text)));
            }
            return failures == 0 ? 0 : 1;
        });
        return command;
    }
}
