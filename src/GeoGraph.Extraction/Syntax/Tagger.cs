using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// Tags a sentence's words with parts of speech: each word's most likely tag from the English word list, then a
/// few contextual rules in the manner of Brill's tagger ("a visit" is a noun, "to visit" a verb, "was signed" a
/// participle). Tokens inside entity mentions are tagged <see cref="PartOfSpeech.Entity"/>.
/// </summary>
internal sealed class Tagger(EnglishWords words, SyntaxWords cues)
{
    private static readonly PartOfSpeech[] RegularPastForms = [PartOfSpeech.VerbPast, PartOfSpeech.VerbParticiple];

    // Words asked of nearly every token, compared by number rather than by their letters.
    private static readonly int Whose = WordIds.Intern("whose");
    private static readonly int Per = WordIds.Intern("per");
    private static readonly int Cent = WordIds.Intern("cent");
    private static readonly int Each = WordIds.Intern("each");
    private static readonly int Both = WordIds.Intern("both");
    private static readonly int All = WordIds.Intern("all");

    /// <summary>"next month", "last spring": a time noun after "next", "last" or "this" is an adverbial, as is the word before it.</summary>
    private bool IsTimeExpression(List<Token> tokens, int i) =>
        cues.TimeDeterminers.Contains(tokens[i]) && i + 1 < tokens.Count && cues.TimeNouns.Contains(tokens[i + 1])
        || cues.TimeNouns.Contains(tokens[i]) && i > 0 && cues.TimeDeterminers.Contains(tokens[i - 1]);

    /// <summary>Each token's tag and lemma, in this thread's scratch arrays (<see cref="ScratchArray{TOwner, T}"/>): read them before the next sentence.</summary>
    /// <param name="isHeadline">A headline capitalises its words ("Iran Signs Gas Deal"): there a capital marks no name.</param>
    public (PartOfSpeech[] Tags, string[] Lemmas) Tag(List<Token> tokens, MentionsByToken mentions, bool isHeadline = false)
    {
        var tags = ScratchArray<Tagger, PartOfSpeech>.Rent(tokens.Count);
        var lemmas = ScratchArray<Tagger, string>.Rent(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var inMention = mentions.Covers(i);
            if (inMention || !token.IsWord)
            {
                lemmas[i] = token.Folded;
                tags[i] = inMention ? PartOfSpeech.Entity : Choose(tokens, tags, i, null, isHeadline);
                continue;
            }
            var listed = words.TagsOf(token);
            tags[i] = Choose(tokens, tags, i, listed, isHeadline);
            lemmas[i] = listed is null ? GuessLemma(token.Folded) : words.LemmaOf(token, tags[i]);
        }
        return (tags, lemmas);
    }

    /// <param name="listed">The word's parts of speech in the English list, if it has the word.</param>
    private PartOfSpeech Choose(List<Token> tokens, PartOfSpeech[] tags, int i, PartOfSpeech[]? listed, bool isHeadline)
    {
        var token = tokens[i];
        if (!token.IsWord)
        {
            if (token.Folded == "'s") return PartOfSpeech.Possessive;
            return IsHyphenInsideWord(tokens, i) ? PartOfSpeech.Adjective : WordlessTag(token);
        }
        if (cues.Approximators.Contains(token) && i + 1 < tokens.Count && tokens[i + 1].IsQuantity) return PartOfSpeech.Adverb;
        if (cues.PrepositionWords.Contains(token)) return PartOfSpeech.Preposition;
        if (token.Id == Whose) return PartOfSpeech.WhWord;
        if (IsFloatingQuantifier(tokens, tags, i)) return PartOfSpeech.Adverb;
        if ((token.Id == Per || token.Id == Cent) && (i + 1 < tokens.Count && tokens[i + 1].Id == Cent || i > 0 && tokens[i - 1].Id == Per)) return PartOfSpeech.Noun;
        if (cues.TimeAdverbs.Contains(token) || IsTimeExpression(tokens, i)) return PartOfSpeech.Adverb;
        // "no longer": the words of a negation of several words act as one adverb.
        if (cues.Negations.MatchAt(tokens, i) > 1 || cues.Negations.MatchEndingAt(tokens, i + 1) > 1) return PartOfSpeech.Adverb;
        var candidates = listed ?? Guess(token.Folded);
        // A regular "-ed" form the list knows in one use only ("partnered": VBN) can be the other too.
        if (candidates is [PartOfSpeech.VerbParticiple] or [PartOfSpeech.VerbPast] && token.Folded.EndsWith("ed", StringComparison.Ordinal))
            candidates = RegularPastForms;
        // Mid-sentence capitals are names ("May" the month, not the modal), unless a function word ("The", "And").
        if (token.IsCapitalized && i > 0 && !SentenceStarts.IsAt(tokens, i) && (listed is null || !isHeadline) && (!IsFunctionWord(candidates) || candidates[0] == PartOfSpeech.Modal))
            return PartOfSpeech.ProperNoun;
        var previous = Previous(tags, i);
        var previousWord = PreviousWord(tokens, tags, i);

        if (candidates.Length > 1 && !IsFunctionWord(candidates) && candidates[0] != PartOfSpeech.Adverb)
        {
            if (previous is PartOfSpeech.Determiner or PartOfSpeech.PossessivePronoun or PartOfSpeech.Possessive or PartOfSpeech.Adjective or PartOfSpeech.Number
                && FirstNoun(candidates) is { } noun) return noun;
            if (previous is PartOfSpeech.To or PartOfSpeech.Modal && Has(candidates, PartOfSpeech.Verb)) return PartOfSpeech.Verb;
            if (Auxiliaries.IsDo(previousWord) && Has(candidates, PartOfSpeech.Verb)) return PartOfSpeech.Verb;
            if (AfterAuxiliary(tokens, tags, i) is { } aux)
            {
                if (Auxiliaries.IsBe(aux) && Has(candidates, PartOfSpeech.VerbGerund)) return PartOfSpeech.VerbGerund;
                if ((Auxiliaries.IsBe(aux) || Auxiliaries.IsHave(aux) || aux == "get" || aux == "got") && Has(candidates, PartOfSpeech.VerbParticiple))
                    return PartOfSpeech.VerbParticiple;
            }
            if (previous.IsVerb() && previous != PartOfSpeech.VerbGerund && FirstNoun(candidates) is { } objectNoun) return objectNoun;
            if (IsScale(previousWord) && FirstNoun(candidates) is { } counted) return counted;
            if (previous is PartOfSpeech.Noun or PartOfSpeech.PluralNoun && candidates[0] == PartOfSpeech.Noun) return candidates[0];
            if (IsSubjectLike(previous) && FiniteVerb(candidates) is { } finite && StartsObject(tokens, i + 1, finite, afterName: previous is PartOfSpeech.Entity or PartOfSpeech.Pronoun))
                return finite;
            if (previous is PartOfSpeech.Noun or PartOfSpeech.PluralNoun && candidates[0] == PartOfSpeech.PluralNoun) return candidates[0];
            if (Has(candidates, PartOfSpeech.VerbPast) && Has(candidates, PartOfSpeech.VerbParticiple)
                && (IsSubjectLike(previous) || previous is PartOfSpeech.Punctuation or PartOfSpeech.Conjunction))
                return PastOrParticiple(tokens, i, previous);
        }
        return candidates[0];
    }

    private static PartOfSpeech WordlessTag(Token token) => token.StartsWithDigit || token.Text.Length > 1 && char.IsDigit(token.Text[1])
        ? PartOfSpeech.Number
        : PartOfSpeech.Punctuation;

    /// <summary>
    /// "signed" after its subject is a past tense; "the jets made in Russia", "the deal signed by" are participles: after a
    /// common noun, a participle is followed by a preposition, a past tense by its object or the clause's end.
    /// </summary>
    private PartOfSpeech PastOrParticiple(List<Token> tokens, int i, PartOfSpeech previous)
    {
        var next = NextWord(tokens, i);
        if (next == "by") return PartOfSpeech.VerbParticiple;
        // After its subject, a closing comma ("X, who …, travelled") or "and" ("arrived and held talks"), it is a past tense.
        if (previous is PartOfSpeech.Entity or PartOfSpeech.Pronoun or PartOfSpeech.ProperNoun or PartOfSpeech.WhWord or PartOfSpeech.Punctuation
            or PartOfSpeech.Conjunction) return PartOfSpeech.VerbPast;
        if (i + 1 >= tokens.Count || !tokens[i + 1].IsWord && !tokens[i + 1].IsQuantity) return PartOfSpeech.VerbPast;
        var following = words.TagsOf(tokens[i + 1])?[0] ?? PartOfSpeech.Noun;
        return following is PartOfSpeech.Preposition or PartOfSpeech.To ? PartOfSpeech.VerbParticiple : PartOfSpeech.VerbPast;
    }

    private static readonly string[] InflectionSuffixes = ["ied", "ed", "ing", "es", "s"];

    /// <summary>The lemma of a word the list lacks: "inked" → "ink", "tapped" → "tap", "financed" → "finance".</summary>
    private string GuessLemma(string word)
    {
        foreach (var suffix in InflectionSuffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length <= suffix.Length + 2) continue;
            var stem = word[..^suffix.Length];
            if (suffix == "ied") return stem + "y";
            if (words.Lists(stem + "e")) return stem + "e";
            if (stem.Length > 2 && stem[^1] == stem[^2] && words.Lists(stem[..^1])) return stem[..^1];
            return stem;
        }
        return word;
    }

    /// <summary>"Eni and Shell each took stakes", "the two leaders both signed": a quantifier between a subject and its verb.</summary>
    private bool IsFloatingQuantifier(List<Token> tokens, PartOfSpeech[] tags, int i) =>
        tokens[i].Id is var word && (word == Each || word == Both || word == All) && i > 0 && tags[i - 1] is PartOfSpeech.Entity or PartOfSpeech.PluralNoun or PartOfSpeech.Pronoun
        && i + 1 < tokens.Count && (words.TagsOf(tokens[i + 1]) ?? Guess(tokens[i + 1].Folded)) is var next
        && next[0] is PartOfSpeech.VerbPast or PartOfSpeech.VerbPresent or PartOfSpeech.Modal or PartOfSpeech.Verb or PartOfSpeech.VerbParticiple;

    private static string NextWord(List<Token> tokens, int i) => i + 1 < tokens.Count ? tokens[i + 1].Folded : "";

    /// <summary>Words the list lacks, by their form: hyphenated adjectives, "-ed" verbs, "-ing" gerunds, "-ly" adverbs, "-s" plurals.</summary>
    private static PartOfSpeech[] Guess(string word) => word switch
    {
        _ when word.Contains('-') => AdjectiveOnly,
        _ when word.EndsWith("ed", StringComparison.Ordinal) => PastOrParticipleForm,
        _ when word.EndsWith("ing", StringComparison.Ordinal) => GerundOrNoun,
        _ when word.EndsWith("ly", StringComparison.Ordinal) => AdverbOnly,
        _ when word.EndsWith('s') => PluralOrPresent,
        _ => NounOnly,
    };

    private static readonly PartOfSpeech[] AdjectiveOnly = [PartOfSpeech.Adjective];
    private static readonly PartOfSpeech[] PastOrParticipleForm = [PartOfSpeech.VerbPast, PartOfSpeech.VerbParticiple];
    private static readonly PartOfSpeech[] GerundOrNoun = [PartOfSpeech.VerbGerund, PartOfSpeech.Noun];
    private static readonly PartOfSpeech[] AdverbOnly = [PartOfSpeech.Adverb];
    private static readonly PartOfSpeech[] PluralOrPresent = [PartOfSpeech.PluralNoun, PartOfSpeech.VerbPresent];
    private static readonly PartOfSpeech[] NounOnly = [PartOfSpeech.Noun];

    /// <summary>"a 10-year deal": a hyphen written without spaces joins a compound, unlike a dash between clauses.</summary>
    private static bool IsHyphenInsideWord(List<Token> tokens, int i) =>
        tokens[i].Text == "-" && i > 0 && i + 1 < tokens.Count && tokens[i - 1].End == tokens[i].Start && tokens[i + 1].Start == tokens[i].End;

    private static bool IsFunctionWord(PartOfSpeech[] candidates) => candidates[0] is PartOfSpeech.Determiner or PartOfSpeech.Preposition
        or PartOfSpeech.Pronoun or PartOfSpeech.PossessivePronoun or PartOfSpeech.Conjunction or PartOfSpeech.WhWord or PartOfSpeech.Modal
        or PartOfSpeech.To or PartOfSpeech.Number;

    private static PartOfSpeech Previous(PartOfSpeech[] tags, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (tags[j] != PartOfSpeech.Adverb) return tags[j];
        }
        return PartOfSpeech.Other;
    }

    private static string PreviousWord(List<Token> tokens, PartOfSpeech[] tags, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (tags[j] != PartOfSpeech.Adverb) return tokens[j].Folded;
        }
        return "";
    }

    /// <summary>The auxiliary ("was", "has", "get") right before this word, across adverbs ("was formally signed").</summary>
    private static string? AfterAuxiliary(List<Token> tokens, PartOfSpeech[] tags, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (tags[j] == PartOfSpeech.Adverb) continue;
            var word = tokens[j].Folded;
            return Auxiliaries.IsBe(word) || Auxiliaries.IsHave(word) || word is "get" or "got" ? word : null;
        }
        return null;
    }

    private static bool IsScale(string word) => word is "million" or "billion" or "trillion" or "thousand" or "bn" or "m" or "mn" or "tn";

    /// <summary>
    /// Whether a verb reading fits what follows: an object, a particle or an infinitive after an inflected form
    /// ("Russia plans to", "the firm sells jets") — "security ties with" and "weapons purchases from" stay nouns.
    /// </summary>
    /// <param name="afterName">After a name or pronoun even a bare noun can be the object: "The country imports gas".</param>
    private bool StartsObject(List<Token> tokens, int next, PartOfSpeech verb, bool afterName = false)
    {
        if (next >= tokens.Count) return false;
        var token = tokens[next];
        if (!token.IsWord) return token.IsQuantity;
        if (token.IsCapitalized) return true;
        var following = words.TagsOf(token) ?? Guess(token.Folded);
        return following[0] switch
        {
            PartOfSpeech.Determiner or PartOfSpeech.PossessivePronoun or PartOfSpeech.Pronoun or PartOfSpeech.Number or PartOfSpeech.Adverb => true,
            PartOfSpeech.To => verb != PartOfSpeech.Verb,
            PartOfSpeech.Preposition => token.Folded is "up" or "out" or "off" or "that" && verb != PartOfSpeech.Verb,
            PartOfSpeech.Noun or PartOfSpeech.PluralNoun or PartOfSpeech.Adjective => afterName && verb != PartOfSpeech.Verb,
            _ => following[0].IsVerb() && verb is PartOfSpeech.VerbPast,
        };
    }

    private static bool IsSubjectLike(PartOfSpeech tag) => tag is PartOfSpeech.Entity or PartOfSpeech.Pronoun or PartOfSpeech.ProperNoun
        or PartOfSpeech.Noun or PartOfSpeech.PluralNoun or PartOfSpeech.WhWord;

    private static bool Has(PartOfSpeech[] candidates, PartOfSpeech tag) => Array.IndexOf(candidates, tag) >= 0;

    private static PartOfSpeech? FirstNoun(PartOfSpeech[] candidates)
    {
        foreach (var tag in candidates)
        {
            if (tag is PartOfSpeech.Noun or PartOfSpeech.PluralNoun) return tag;
        }
        return null;
    }

    /// <summary>The finite reading: an inflected one ("plans", "signed") before the bare form.</summary>
    private static PartOfSpeech? FiniteVerb(PartOfSpeech[] candidates)
    {
        foreach (var tag in candidates)
        {
            if (tag is PartOfSpeech.VerbPast or PartOfSpeech.VerbPresent) return tag;
        }
        return Has(candidates, PartOfSpeech.Verb) ? PartOfSpeech.Verb : null;
    }
}
