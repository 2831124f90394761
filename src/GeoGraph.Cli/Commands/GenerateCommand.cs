using System.CommandLine;
using GeoGraph.Cli.Generation;
using GeoGraph.Extraction.Lexicon;

namespace GeoGraph.Cli.Commands;

/// <summary><c>geograph generate --articles N --seed S &lt;folder&gt;</c>: a deterministic corpus and its answer key (answer-key.json).</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to write", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "The random seed: the same seed writes the same corpus", DefaultValueFactory = _ => 1 };
        var syndicated = new Option<double>("--syndicated")
        {
            Description = "The share of articles that are syndicated copies of a recent story (new furniture, light edits); their stories go to stories.json",
            DefaultValueFactory = _ => 0,
        };
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Where to write the articles and answer-key.json" };
        var command = new Command("generate", "Write a synthetic corpus with the facts of each article in the answer-key format") { articles, seed, syndicated, folder };
        command.Validators.Add(result =>
        {
            if (result.GetValue(articles) is < 1 or > 1_000_000) result.AddError("--articles must be from 1 to 1,000,000.");
            if (result.GetValue(syndicated) is < 0 or >= 1) result.AddError("--syndicated must be a share from 0 up to, not including, 1 (0.3 is three articles in ten).");
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var target = result.GetValue(folder)!;
            target.Create();
            var knowledge = KnowledgeBase.Default;
            var share = result.GetValue(syndicated);
            var generated = new CorpusGenerator(knowledge, result.GetValue(seed)).Generate(result.GetValue(articles), $"gen-{result.GetValue(seed)}", share).ToList();
            foreach (var article in generated)
                await File.WriteAllTextAsync(Path.Combine(target.FullName, article.FileName), article.Text, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(target.FullName, "answer-key.json"), AnswerKeyWriter.Write(generated, knowledge), cancellationToken);
            if (share > 0) await File.WriteAllTextAsync(Path.Combine(target.FullName, StoryKey.FileName), StoryKey.Write(generated), cancellationToken);
            Console.WriteLine($"wrote {generated.Count} articles and answer-key.json{(share > 0 ? $" and {StoryKey.FileName}" : "")} to {target.FullName}");
            return 0;
        });
        return command;
    }
}
