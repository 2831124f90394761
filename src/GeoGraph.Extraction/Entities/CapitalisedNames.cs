using System.Collections.Frozen;
using System.Runtime.InteropServices;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Entities;

/// <summary>
/// Ordinary English words that an article uses only as names: "Shell" capitalised on its own in the middle of
/// sentences at least twice and never written "shell" is the company. Titles, months and other words that are capitalised by habit are
/// left out. Read once per article, before names are found, so that "Shell" alone is a name like "Ryanair".
/// </summary>
internal static class CapitalisedNames
{
    private const int MinCapitalisedUses = 2;

    /// <summary>The article's name words, folded, in a set lent for the article.</summary>
    public static IReadOnlySet<string> Find(List<Sentence> sentences, KnowledgeBase knowledge)
    {
        // Most articles have none: the count is rented with the first. Words are counted by number, so that the pass over
        // every lower-case word below hashes no string (every word counted is in the English list, which numbers its words).
        Dictionary<int, (string Folded, int Uses)>? capitalised = null;
        foreach (var sentence in sentences)
        {
            if (sentence.IsTitle) continue;
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (!token.IsWord || !token.IsCapitalized || !IsAlone(tokens, i) || token.IsAllCaps || !IsOrdinaryWord(token, knowledge)) continue;
                ref var counted = ref CollectionsMarshal.GetValueRefOrAddDefault(capitalised ??= ScratchDictionaries<int, (string, int)>.Rent(), token.Id, out _);
                counted = (token.Folded, counted.Uses + 1);
            }
        }
        if (capitalised is null) return FrozenSet<string>.Empty;
        // A word the article also writes in lower case is the word, not a name.
        foreach (var sentence in sentences)
        {
            if (sentence.IsTitle) continue;
            foreach (var token in sentence.Tokens)
            {
                if (token.IsWord && !token.IsCapitalized) capitalised.Remove(token.Id);
            }
        }
        var names = ScratchSets<string>.Rent();
        foreach (var (folded, uses) in capitalised.Values)
        {
            if (uses >= MinCapitalisedUses) names.Add(folded);
        }
        return names;
    }

    /// <summary>A capitalised word mid-sentence between lower-case words: "with Shell and", not "South" in "South Korea".</summary>
    private static bool IsAlone(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized && (i + 1 == tokens.Count || !(tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized));

    private static bool IsOrdinaryWord(Token token, KnowledgeBase knowledge)
    {
        var words = knowledge.Vocabulary;
        return knowledge.English.IsCommonWord(token) && !words.StopWords.Contains(token) && !words.PersonTitles.Contains(token)
            && !words.HeadTitles.Contains(token) && !words.OrgHeadNouns.Contains(token);
    }
}
