using System.Security.Cryptography;
using System.Text;
using GeoGraph.Ingestion.Submissions;

namespace GeoGraph.Ingestion.Files;

/// <summary>
/// Reads article files: UTF-8 (with or without BOM), UTF-16 with a BOM, or else Windows-1252 when the bytes read as
/// text in it; an HTML page is reduced to its text. Binary content, bytes that are text in no such encoding, and empty
/// files are refused with a reason rather than guessed at.
/// </summary>
public static class ArticleFileReader
{
    public static IReadOnlyList<string> Patterns { get; } = ["*.txt", "*.html", "*.htm", "*" + SubmissionFile.Extension];

    private static readonly string[] Extensions = [.. Patterns.Select(pattern => pattern[1..])];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252,
        EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    public static async Task<ArticleFile> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var file = RegularFile.OpenRead(path);
        return await ReadAsync(file, path, cancellationToken);
    }

    /// <summary>Reads an article from a file already opened (by <see cref="RegularFile"/>).</summary>
    public static async Task<ArticleFile> ReadAsync(FileStream file, string path, CancellationToken cancellationToken = default)
    {
        var bytes = new byte[file.Length];
        await file.ReadExactlyAsync(bytes, cancellationToken);
        return Decode(path, bytes);
    }

    /// <summary>Reads a file named on a command line: the article, or why it is none (unreadable, missing, not allowed).</summary>
    public static (ArticleFile? Article, string? Error) TryRead(string path) => TryRead(path, Decode);

    /// <summary>
    /// Reads a file named on a command line as <see cref="TryRead(string)"/> does, but only its name and text: a command
    /// that keeps no ledger has no use for the content hash, whose SHA-256 costs a fortieth of extracting a short article.
    /// </summary>
    public static (ArticleText? Article, string? Error) TryReadText(string path) =>
        TryRead<ArticleText?>(path, static (path, bytes) => new ArticleText(System.IO.Path.GetFileName(path), Content(path, bytes).Text));

    public static ArticleFile Decode(string path, byte[] bytes)
    {
        var (text, metadata) = Content(path, bytes);
        return new ArticleFile(path, System.IO.Path.GetFileName(path), text, Convert.ToHexStringLower(SHA256.HashData(bytes)), metadata);
    }

    private static (T? Article, string? Error) TryRead<T>(string path, Func<string, byte[], T> decode)
    {
        try
        {
            return (decode(path, File.ReadAllBytes(path)), null);
        }
        catch (Exception ex) when (ex is UnreadableArticleException or IOException or UnauthorizedAccessException)
        {
            return (default, (ex as UnreadableArticleException)?.Reason ?? ex.Message);
        }
    }

    private static (string Text, ArticleMetadata? Metadata) Content(string path, byte[] bytes)
    {
        if (SubmissionFile.IsSubmission(path)) return SubmissionFile.Decode(path, bytes, DateOnly.FromDateTime(DateTime.UtcNow));
        var text = DecodeText(path, bytes);
        if (HtmlText.LooksLikeHtml(path, text)) text = HtmlText.Extract(text);
        if (string.IsNullOrWhiteSpace(text)) throw new UnreadableArticleException(path, "the file is empty");
        return (text, null);
    }

    /// <summary>Whether a file name is one the readers take (.txt, .html, .htm, .article.json).</summary>
    public static bool IsArticleFile(string path)
    {
        foreach (var extension in Extensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// The article files named by paths: files as given, folders searched recursively, in name order. Every path is
    /// checked first, so that a mistyped one fails the command before it reads or prints anything.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        var named = paths.ToList();
        foreach (var path in named)
        {
            if (!Directory.Exists(path) && !File.Exists(path)) throw new FileNotFoundException($"No such file or folder: {path}", path);
        }
        return ExpandExisting(named);
    }

    private static IEnumerable<string> ExpandExisting(List<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                // Sorted by the part below the folder, which orders them as their whole paths would: a million files then
                // hold their names, not a million copies of the folder's path.
                var folder = Path.EndsInDirectorySeparator(path) ? path : path + Path.DirectorySeparatorChar;
                var below = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsArticleFile).Select(file => file[folder.Length..]).ToList();
                below.Sort(StringComparer.Ordinal);
                foreach (var file in below) yield return folder + file;
            }
            else yield return path;
        }
    }

    private static string DecodeText(string path, byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (Array.IndexOf(bytes, (byte)0, offset) >= 0) throw new UnreadableArticleException(path, "binary content (NUL bytes), not text");
        try
        {
            return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException utf8)
        {
            return DecodeWindows1252(path, bytes, utf8.Index + offset);
        }
    }

    private static string DecodeWindows1252(string path, byte[] bytes, int badUtf8At)
    {
        try
        {
            var text = Windows1252.GetString(bytes);
            if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
                throw new UnreadableArticleException(path, $"not valid UTF-8 at byte {badUtf8At}, and control characters rule out Windows-1252");
            return text;
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableArticleException(path, $"not valid UTF-8 at byte {badUtf8At}, nor Windows-1252 text");
        }
    }
}
