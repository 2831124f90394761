namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// One array per thread, owner and element type, for what is read only while one sentence is read (tags, lemmas,
/// mentions by token, clauses by chunk, tokens already named) and kept nothing of: each sentence would otherwise
/// allocate them anew. Sentences are cut at <see cref="Text.SentenceSplitter.MaxSentenceTokens"/> tokens, so the
/// arrays stay small; a longer request gets an array of its own, which the thread does not keep.
/// </summary>
/// <typeparam name="TOwner">The class that uses the array, so that no two users share one.</typeparam>
/// <remarks>
/// An array is longer than asked for and holds the previous sentence past the requested length: its owner reads only
/// the first <c>length</c> elements, and only until it reads the next sentence on the same thread.
/// </remarks>
internal static class ScratchArray<TOwner, T>
{
    private const int MostKeptLength = 1024;

    [ThreadStatic] private static T[]? _array;

    /// <summary>An array of at least <paramref name="length"/> elements, the first <paramref name="length"/> cleared.</summary>
    public static T[] Rent(int length)
    {
        if (length > MostKeptLength) return new T[length];
        var array = _array;
        if (array is null || array.Length < length) _array = array = new T[Math.Max(length, Text.SentenceSplitter.MaxSentenceTokens)];
        else Array.Clear(array, 0, length);
        return array;
    }
}
