namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// One array per thread and element type for what the parser reads only while it parses a sentence (tags, lemmas,
/// mentions by token, clauses by chunk) and keeps nothing of: each sentence would otherwise allocate them anew.
/// A sentence has at most <see cref="Text.SentenceSplitter.MaxSentenceTokens"/> tokens, so the arrays stay small.
/// </summary>
/// <remarks>Each element type has one user at a time: the parse of one sentence, which is not re-entered.</remarks>
internal static class ScratchArray<T>
{
    [ThreadStatic] private static T[]? _array;

    /// <summary>An array of at least <paramref name="length"/> elements, the first <paramref name="length"/> cleared.</summary>
    public static T[] Rent(int length)
    {
        var array = _array;
        if (array is null || array.Length < length) _array = array = new T[Math.Max(length, Text.SentenceSplitter.MaxSentenceTokens)];
        else Array.Clear(array, 0, length);
        return array;
    }
}
