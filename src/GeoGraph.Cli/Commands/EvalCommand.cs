using System.CommandLine;
using GeoGraph.Extraction.Evaluation;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Cli.Commands;

/// <summary><c>geograph eval --gold key.json &lt;files or folders&gt;</c>: precision, recall and F1 per relation type.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Answer key in the seeds' format (catalogue, articles)", Required = true };
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders of *.txt files", Arity = ArgumentArity.OneOrMore };
        var parallelism = ParallelExtraction.ParallelismOption();
        var command = new Command("eval", "Score the extractor against an answer key") { gold, paths, parallelism };
        command.SetAction(async (result, cancellationToken) =>
        {
            var keyFile = result.GetValue(gold)!;
            if (!keyFile.Exists) throw new FileNotFoundException($"No such file or folder: {keyFile.FullName}", keyFile.FullName);
            var key = AnswerKey.Parse(await File.ReadAllTextAsync(keyFile.FullName, cancellationToken));
            var graphs = new List<ArticleGraph>();
            foreach (var article in ParallelExtraction.Run(result.GetValue(paths)!, result.GetValue(parallelism), graph => graph, cancellationToken))
            {
                if (article.Result is { } graph) graphs.Add(graph);
                else await Console.Error.WriteLineAsync($"error: {article.Path}: {article.Error}");
            }
            Print(new Evaluator(key).Evaluate(graphs));
            return 0;
        });
        return command;
    }

    private static void Print(Evaluator.Report report)
    {
        foreach (var (type, score) in report.ByType.OrderBy(p => p.Key, StringComparer.Ordinal))
            Console.WriteLine($"{type,-15} tp={score.TruePositives,3} fp={score.FalsePositives,3} fn={score.FalseNegatives,3}  P={score.Precision:F2} R={score.Recall:F2} F1={score.F1:F2}");
        if (report.MissingArticles.Count > 0) Console.WriteLine($"articles with no prediction: {string.Join(", ", report.MissingArticles)}");
        var e = report.Entities;
        Console.WriteLine($"entities P={e.Precision:F2} R={e.Recall:F2} F1={e.F1:F2} type-accuracy={report.TypeAccuracy:F2}");
        Console.WriteLine($"relations core P={report.Core.Precision:F2} R={report.Core.Recall:F2} F1={report.Core.F1:F2}; all scored P={report.All.Precision:F2} R={report.All.Recall:F2} F1={report.All.F1:F2}");
    }
}
