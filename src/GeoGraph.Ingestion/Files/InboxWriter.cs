using System.Security.Cryptography;
using GeoGraph.Ingestion.Submissions;
using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion.Files;

/// <summary>
/// Puts a submitted article into the inbox durably before anyone is told it was accepted: written to a temporary file,
/// flushed to disk, then renamed into place in one step. The name is derived from the content, so the same article
/// submitted twice is one file and one article. Temporary files carry this process's session, so those a killed
/// process left behind can be told apart from writes in progress and removed.
/// </summary>
public sealed class InboxWriter(IOptions<IngestionOptions> options, PathResolver paths)
{
    private const string TemporaryPattern = ".api-*.tmp";
    private readonly string _session = Guid.NewGuid().ToString("N");

    public async Task<string> WriteAsync(ArticleSubmission submission, CancellationToken cancellationToken)
    {
        var bytes = SubmissionFile.Serialize(submission);
        var name = $"api-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}{SubmissionFile.Extension}";
        var inbox = paths.Resolve(options.Value.InboxPath, create: true);
        var target = Path.Combine(inbox, name);
        var temporary = Path.Combine(inbox, $".{name}.{_session}.{Guid.NewGuid():N}.tmp");
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await file.WriteAsync(bytes, cancellationToken);
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, target, overwrite: true);
        return name;
    }

    /// <summary>Deletes the temporary files of submissions that earlier processes never finished; returns how many.</summary>
    public int RemoveInterruptedWrites()
    {
        var inbox = paths.Resolve(options.Value.InboxPath, create: true);
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(inbox, TemporaryPattern).Where(f => !f.Contains(_session, StringComparison.Ordinal)))
        {
            File.Delete(file);
            removed++;
        }
        return removed;
    }
}
