using System.Collections.Concurrent;
using System.Globalization;
using WordForm = (string Text, string Folded, int Id);

namespace GeoGraph.Extraction.Text;

/// <summary>
/// Splits text into tokens: abbreviations (U.S.), money ($4), numbers (96,000, 2.17, 60%), words (S-300,
/// PDVSA-Services, al-Shahristani), 's, n't, dashes and other punctuation. Hand-written rather than a regular
/// expression because it runs over every character the service reads; word forms are shared through a cache.
/// </summary>
public static class Tokenizer
{
    private const int MaxCachedWords = 500_000;
    // A thread's own cache stays small (about half a megabyte): a server runs many threads, and a few thousand words
    // make up most of any news text.
    private const int MaxLocalWords = 1 << 14;
    private static int _cached;
    private static readonly ConcurrentDictionary<string, WordForm> Words = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Each thread looks a word up first in a cache of its own, filled from the shared one: a plain dictionary, read
    // without the shared one's volatile reads (10 MB natively on one core: about 4% faster).
    [ThreadStatic] private static Dictionary<string, WordForm>? _localWords;

    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        Tokenize(text, start, end, tokens);
        return tokens;
    }

    /// <summary>Adds the tokens of text[start..end) to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        var local = (_localWords ??= new Dictionary<string, WordForm>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var length = Abbreviation(text, i, end);
            if (length == 0 && c is '$' or '€' or '£' or '¥' && i + 1 < end && char.IsAsciiDigit(text[i + 1])) length = 1 + Number(text, i + 1, end);
            if (length == 0 && char.IsAsciiDigit(c)) length = Number(text, i, end);
            if (length == 0 && c == 'n' && At(text, i + 1, end, '\'') && At(text, i + 2, end, 't') && !IsWordChar(text, i + 3, end)) length = 3;
            if (length == 0 && c == '\'' && At(text, i + 1, end, 's') && !IsWordChar(text, i + 2, end)) length = 2;
            if (length == 0 && char.IsLetter(c)) length = Word(text, i, end);
            if (length == 0 && c == '-' && At(text, i + 1, end, '-')) length = Run(text, i, end, '-');
            if (length == 0 && c == '.' && At(text, i + 1, end, '.') && At(text, i + 2, end, '.')) length = 3;
            if (length == 0) length = char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
            tokens.Add(Create(text, i, length, local));
            i += length;
        }
    }

    private static Token Create(string text, int start, int length, Dictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> local)
    {
        var span = text.AsSpan(start, length);
        // Numbers are not cached (see below): no cache is asked for them.
        if (char.IsAsciiDigit(span[0])) return Uncached(span, start);
        if (local.TryGetValue(span, out var known)) return new Token(known.Text, known.Folded, start, known.Id);
        if (WordsBySpan.TryGetValue(span, out known))
        {
            if (local.Dictionary.Count < MaxLocalWords) local.Dictionary[known.Text] = known;
            return new Token(known.Text, known.Folded, start, known.Id);
        }
        if (Volatile.Read(ref _cached) >= MaxCachedWords) return Uncached(span, start);
        var value = span.ToString();
        var folded = TextFolding.Fold(value);
        var entry = new WordForm(value, folded, WordIds.Intern(folded));
        if (Words.TryAdd(value, entry)) Interlocked.Increment(ref _cached);
        return new Token(value, folded, start, entry.Id);
    }

    /// <summary>
    /// A token made afresh, numbered only if something numbered its word before: numbers (a thousand amounts and years
    /// would crowd the words out of the caches) and forms past the caches' bound.
    /// </summary>
    private static Token Uncached(ReadOnlySpan<char> span, int start)
    {
        var value = span.ToString();
        var folded = TextFolding.Fold(value);
        return new Token(value, folded, start, WordIds.Find(folded));
    }

    /// <summary>(?:\p{Lu}\.){2,}: "U.S.", "U.S.A."</summary>
    private static int Abbreviation(string text, int i, int end)
    {
        var j = i;
        while (j + 1 < end && char.IsUpper(text[j]) && text[j + 1] == '.') j += 2;
        return j - i >= 4 ? j - i : 0;
    }

    /// <summary>\d[\d,]*(?:\.\d+)?%?</summary>
    private static int Number(string text, int i, int end)
    {
        var j = i;
        while (j < end && (char.IsAsciiDigit(text[j]) || text[j] == ',' && j + 1 < end && char.IsAsciiDigit(text[j + 1]))) j++;
        if (j + 1 < end && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            j++;
            while (j < end && char.IsAsciiDigit(text[j])) j++;
        }
        if (j < end && text[j] == '%') j++;
        return j - i;
    }

    /// <summary>A letter, then letters, marks and digits, joined by - . &amp; (or an apostrophe before a capital) to more of them; a trailing "n't" is left out.</summary>
    private static int Word(string text, int i, int end)
    {
        var j = i + 1;
        while (true)
        {
            while (j < end && (char.IsLetterOrDigit(text[j]) || IsCombiningMark(text[j]))) j++;
            if (j + 1 < end && text[j] is '-' or '.' or '&' && char.IsLetterOrDigit(text[j + 1])) { j += 2; continue; }
            // "O'Leary", "D'Alema": an apostrophe before a capital inside a name.
            if (j + 1 < end && text[j] is '\'' or '’' && char.IsUpper(text[j + 1])) { j += 2; continue; }
            break;
        }
        var isNegation = j - 1 > i && text[j - 1] == 'n' && At(text, j, end, '\'') && At(text, j + 1, end, 't') && !IsWordChar(text, j + 2, end);
        return isNegation ? j - 1 - i : j - i;
    }

    // No character before U+0300 is a combining mark: the space or stop after a word is told so without a table look-up.
    private static bool IsCombiningMark(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static int Run(string text, int i, int end, char c)
    {
        var j = i;
        while (j < end && text[j] == c) j++;
        return j - i;
    }

    private static bool At(string text, int i, int end, char c) => i < end && text[i] == c;

    private static bool IsWordChar(string text, int i, int end) => i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '_');
}
