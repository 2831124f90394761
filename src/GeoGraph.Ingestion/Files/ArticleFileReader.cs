using System.Security.Cryptography;
using System.Text;

namespace GeoGraph.Ingestion.Files;

/// <summary>
/// Reads article files: UTF-8 (with or without BOM) or UTF-16 with a BOM, strictly decoded. Binary content,
/// invalid UTF-8 and empty files are refused with a reason rather than guessed at.
/// </summary>
public static class ArticleFileReader
{
    public const string Pattern = "*.txt";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<ArticleFile> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Decode(path, bytes);
    }

    public static ArticleFile Decode(string path, byte[] bytes)
    {
        var text = DecodeText(path, bytes);
        if (string.IsNullOrWhiteSpace(text)) throw new UnreadableArticleException(path, "the file is empty");
        return new ArticleFile(path, System.IO.Path.GetFileName(path), text, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>The article files named by paths: files as given, folders searched recursively for *.txt, in name order.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, Pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    yield return file;
            }
            else if (File.Exists(path)) yield return path;
            else throw new FileNotFoundException($"No such file or folder: {path}", path);
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
        catch (DecoderFallbackException ex)
        {
            throw new UnreadableArticleException(path, $"not valid UTF-8 at byte {ex.Index + offset}");
        }
    }
}
