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
        else if (new FileInfo(path).LinkTarget is null) File.Copy(path, target, overwrite: true);
        await File.WriteAllTextAsync(target + ".reason.txt", $"{DateTimeOffset.UtcNow:O} {Path.GetFileName(path)}: {reason}{Environment.NewLine}", cancellationToken);
        return target;
    }
}
