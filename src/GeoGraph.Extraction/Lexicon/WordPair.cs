using System.Collections.Frozen;

namespace GeoGraph.Extraction.Lexicon;

/// <summary>
/// Look-ups of a two-word phrase ("team up", "arms deal") in a set or index keyed by the phrase, composing it on the
/// stack: most look-ups miss, and a miss should cost no string.
/// </summary>
internal static class WordPair
{
    private const int LongestOnStack = 128;

    public static bool In(FrozenSet<string> phrases, string first, string second)
    {
        if (first.Length + 1 + second.Length > LongestOnStack) return phrases.Contains($"{first} {second}");
        Span<char> phrase = stackalloc char[first.Length + 1 + second.Length];
        return phrases.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Compose(first, second, phrase));
    }

    public static bool TryGet<T>(Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> index, string first, string second, out T value)
    {
        if (first.Length + 1 + second.Length > LongestOnStack) return index.Dictionary.TryGetValue($"{first} {second}", out value!);
        Span<char> phrase = stackalloc char[first.Length + 1 + second.Length];
        return index.TryGetValue(Compose(first, second, phrase), out value!);
    }

    private static ReadOnlySpan<char> Compose(string first, string second, Span<char> phrase)
    {
        first.CopyTo(phrase);
        phrase[first.Length] = ' ';
        second.CopyTo(phrase[(first.Length + 1)..]);
        return phrase;
    }
}
