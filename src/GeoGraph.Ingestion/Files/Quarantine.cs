using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion.Files;

/// <summary>Sets a bad file aside with a <c>.reason.txt</c> beside it: moved out of the inbox, copied from elsewhere (seeds stay put).</summary>
public sealed class Quarantine(IOptions<IngestionOptions> options, PathResolver paths)
{
    public async Task<string> SetAsideAsync(string path, string reason, bool move, CancellationToken cancellationToken)
    {
        var folder = paths.Resolve(options.Value.QuarantinePath, create: true);
        var target = Path.Combine(folder, Path.GetFileName(path));
        if (move) File.Move(path, target, overwrite: true);
        else if (new FileInfo(path).LinkTarget is null) await CopyRegularAsync(path, target, cancellationToken);
        await File.WriteAllTextAsync(target + ".reason.txt", $"{DateTimeOffset.UtcNow:O} {Path.GetFileName(path)}: {reason}{Environment.NewLine}", cancellationToken);
        return target;
    }

    /// <summary>Copies a seed; a pipe or device among the seeds is only reported, since copying it would block or never end.</summary>
    private static async Task CopyRegularAsync(string path, string target, CancellationToken cancellationToken)
    {
        FileStream source;
        try
        {
            source = RegularFile.OpenRead(path);
        }
        catch (UnreadableArticleException)
        {
            return;
        }
        await using (source)
        await using (var copy = File.Create(target))
            await source.CopyToAsync(copy, cancellationToken);
    }
}
