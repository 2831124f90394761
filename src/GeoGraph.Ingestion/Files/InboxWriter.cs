using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion.Files;

/// <summary>
/// Puts a submitted article into the inbox durably before anyone is told it was accepted: written to a temporary file,
/// flushed to disk, then renamed into place in one step. The name is derived from the content, so the same article
/// submitted twice is one file and one article.
/// </summary>
public sealed class InboxWriter(IOptions<IngestionOptions> options, PathResolver paths)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<string> WriteAsync(string text, CancellationToken cancellationToken)
    {
        var bytes = Utf8.GetBytes(text);
        var name = $"api-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}.txt";
        var inbox = paths.Resolve(options.Value.InboxPath, create: true);
        var target = Path.Combine(inbox, name);
        var temporary = Path.Combine(inbox, $".{name}.{Guid.NewGuid():N}.tmp");
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await file.WriteAsync(bytes, cancellationToken);
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, target, overwrite: true);
        return name;
    }
}
