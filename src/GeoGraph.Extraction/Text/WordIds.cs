using System.Collections.Concurrent;

namespace GeoGraph.Extraction.Text;

/// <summary>
/// Numbers for folded word forms, shared by the tokenizer and the lexicon: a token carries its word's number, so each
/// of its lexicon look-ups compares integers instead of hashing and comparing its string once more.
/// </summary>
/// <remarks>
/// The lexicon numbers every word it holds as it loads; the tokenizer numbers the words it caches. A word that is in
/// neither (a number, a form past the cache's bound) is <see cref="None"/>, and no lexicon list holds it.
/// </remarks>
public static class WordIds
{
    public const int None = -1;

    // Sized for the lexicon's words, which are numbered at start-up, so that loading it grows no table.
    private static readonly ConcurrentDictionary<string, int> Ids = new(Environment.ProcessorCount, 1 << 17, StringComparer.Ordinal);
    private static int _next;

    /// <summary>The word's number, given on first sight.</summary>
    public static int Intern(string folded) => Ids.GetOrAdd(folded, static _ => Interlocked.Increment(ref _next) - 1);

    /// <summary>The token's word number, given now if the tokenizer left it without one.</summary>
    public static int Of(Token token) => token.Id == None ? Intern(token.Folded) : token.Id;

    /// <summary>The word's number, or <see cref="None"/> if nothing has numbered it.</summary>
    public static int Find(string folded) => Ids.GetValueOrDefault(folded, None);
}
