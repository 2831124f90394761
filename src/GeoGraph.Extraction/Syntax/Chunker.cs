using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// Cuts a tagged sentence into flat chunks: noun phrases (an entity mention counts as one noun), verb groups with
/// their auxiliaries and negation, prepositions, conjunctions, commas, relative words and clause boundaries.
/// </summary>
internal sealed class Chunker(SyntaxWords cues)
{
    private const int MaxNounsBetweenNameAndKind = 2;

    /// <summary>Adds the sentence's chunks, in order, to <paramref name="chunks"/>.</summary>
    public void Chunk(List<Token> tokens, PartOfSpeech[] tags, string[] lemmas, MentionsByToken mentions, List<Chunk> chunks)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var tag = tags[i];
            var (word, id) = (tokens[i].Folded, tokens[i].Id);
            int end;
            if (IsVerbStart(tokens, tags, i))
            {
                var verb = VerbGroupAt(tokens, tags, lemmas, i, out end);
                chunks.Add(new Chunk(ChunkKind.Verb, i, end, word, id) { Verb = verb });
            }
            else if (tag.IsNominal() || tag == PartOfSpeech.Pronoun)
            {
                var noun = NounPhraseAt(tokens, tags, lemmas, mentions, i, out end);
                chunks.Add(new Chunk(ChunkKind.Noun, i, end, word, id) { Noun = noun });
            }
            else
            {
                end = i + 1;
                var kind = word == "that" && i > 0 && tags[i - 1].IsNoun() && i + 1 < tokens.Count && IsVerbStart(tokens, tags, i + 1) ? ChunkKind.Relative : KindOf(tokens[i], tag);
                chunks.Add(new Chunk(kind, i, end, word, id));
            }
            i = end;
        }
    }

    private static ChunkKind KindOf(Token token, PartOfSpeech tag) => token.Text switch
    {
        "," => ChunkKind.Comma,
        ";" or ":" or "(" or ")" or "--" or "-" or "—" or "–" => ChunkKind.Boundary,
        _ when tag == PartOfSpeech.WhWord => ChunkKind.Relative,
        _ when tag is PartOfSpeech.Preposition or PartOfSpeech.To => ChunkKind.Preposition,
        _ when tag == PartOfSpeech.Conjunction => ChunkKind.Conjunction,
        _ => ChunkKind.Other,
    };

    private static bool IsVerbStart(List<Token> tokens, PartOfSpeech[] tags, int i)
    {
        var tag = tags[i];
        if (tag.IsVerb() || tag == PartOfSpeech.Modal) return true;
        if (tag == PartOfSpeech.To) return i + 1 < tokens.Count && IsInfinitiveVerb(tags, i + 1, tokens.Count);
        return false;
    }

    private static bool IsInfinitiveVerb(PartOfSpeech[] tags, int i, int count)
    {
        while (i < count && tags[i] == PartOfSpeech.Adverb) i++;
        return i < count && tags[i] == PartOfSpeech.Verb;
    }

    private VerbGroup VerbGroupAt(List<Token> tokens, PartOfSpeech[] tags, string[] lemmas, int start, out int end)
    {
        var form = tags[start] switch
        {
            PartOfSpeech.To => VerbForm.Infinitive,
            PartOfSpeech.VerbGerund => VerbForm.Gerund,
            PartOfSpeech.VerbParticiple => VerbForm.Participle,
            _ => VerbForm.Finite,
        };
        // "Russia never sold", "Russia no longer sells": a negation just before the verb belongs to its group.
        var negated = start > 0 && tags[start - 1] == PartOfSpeech.Adverb && cues.Negations.MatchEndingAt(tokens, start) > 0;
        var modality = Modality.Asserted;
        var head = -1;
        var lastAuxiliary = "";
        var i = start + (form == VerbForm.Infinitive ? 1 : 0);
        for (; i < tokens.Count; i++)
        {
            var tag = tags[i];
            var word = tokens[i].Folded;
            if (cues.Negations.MatchAt(tokens, i) is var negation and > 0) { negated = true; i += negation - 1; continue; }
            if (tag == PartOfSpeech.Adverb) continue;
            // "has since signed", "have so far delivered": an adverbial between auxiliary and verb stays in the group.
            if (tag == PartOfSpeech.Preposition && head >= 0 && IsAuxiliary(tokens[head].Folded) && i + 1 < tokens.Count && tags[i + 1].IsVerb()) continue;
            if (tag == PartOfSpeech.Modal)
            {
                if (cues.SpeculativeModals.Contains(word)) modality = Modality.Speculative;
                else if (cues.PlannedModals.Contains(word) && modality == Modality.Asserted) modality = Modality.Planned;
                continue;
            }
            if (!tag.IsVerb()) break;
            if (head >= 0 && !IsAuxiliary(tokens[head].Folded)) break;
            if (head >= 0) lastAuxiliary = tokens[head].Folded;
            head = i;
        }
        while (i > start + 1 && tags[i - 1] == PartOfSpeech.Adverb && !cues.Negations.Contains(tokens[i - 1])) i--;
        if (head < 0) head = start;
        end = Math.Max(i, head + 1);
        var passive = tags[head] == PartOfSpeech.VerbParticiple && (Auxiliaries.IsBe(lastAuxiliary) || lastAuxiliary is "get" or "got" || form == VerbForm.Participle);
        if (form == VerbForm.Participle && head != start) form = VerbForm.Finite;
        // "set up", "sell off" take their particle; "arrived in" keeps "in" as the preposition of what follows.
        string? particle = null;
        if (end < tokens.Count && tags[end] is PartOfSpeech.Particle or PartOfSpeech.Preposition or PartOfSpeech.Adverb)
        {
            if (tokens[end].Folded is "up" or "out" or "off" or "down") particle = tokens[end++].Folded;
            else if (tokens[end].Folded is "over" or "in" or "on" or "into") particle = tokens[end].Folded;
        }
        return new VerbGroup(start, end, lemmas[head], particle, form, passive, negated, modality);
    }

    private static bool IsAuxiliary(string word) => Auxiliaries.IsBe(word) || Auxiliaries.IsHave(word) || Auxiliaries.IsDo(word) || word is "get" or "got";

    private NounPhrase NounPhraseAt(List<Token> tokens, PartOfSpeech[] tags, string[] lemmas, MentionsByToken mentions, int start, out int end)
    {
        if (tags[start] == PartOfSpeech.Pronoun && mentions.At(start).Count == 0)
        {
            end = start + 1;
            return new NounPhrase(start, end, MentionsByToken.None, MentionsByToken.None, tokens[start].Folded);
        }
        var i = start;
        var lastHead = -1;
        while (i < tokens.Count)
        {
            var tag = tags[i];
            if (tag is PartOfSpeech.Determiner or PartOfSpeech.PossessivePronoun && i > start && tags[i - 1] != PartOfSpeech.Possessive) break;
            if (tag == PartOfSpeech.Number && lastHead >= 0 && tags[lastHead] == PartOfSpeech.Entity && tokens[i].IsSum) break;
            // "lent the Dangote Group several billion dollars": a quantity after a name starts the next phrase.
            if (lastHead >= 0 && tags[lastHead] == PartOfSpeech.Entity && cues.Quantifiers.Contains(tokens[i])) break;
            if (tag == PartOfSpeech.Pronoun && i > start) break;
            if (tag == PartOfSpeech.Entity && i > start && mentions.At(i) is [{ Kind: MentionKind.Pronoun }, ..]) break;
            var adjectivalVerb = tag is PartOfSpeech.VerbParticiple or PartOfSpeech.VerbGerund && i > start && i + 1 < tokens.Count
                && tags[i + 1].IsNoun() && tags[i - 1] is PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Number or PartOfSpeech.PossessivePronoun;
            if (!tag.IsNominal() && !adjectivalVerb && !(tag == PartOfSpeech.Pronoun && i == start)) break;
            if (tag.IsNoun() || tag == PartOfSpeech.Number) lastHead = i;
            i++;
        }
        end = Math.Max(i, start + 1);
        while (end > start + 1 && tags[end - 1] is PartOfSpeech.Adjective or PartOfSpeech.Determiner && lastHead >= 0 && lastHead < end - 1) end--;
        return Describe(tokens, tags, lemmas, mentions, start, end);
    }

    /// <summary>"the Junin 6 field", "the Vaca Muerta Sur oil pipeline": a name before the kind noun, across a common noun or two.</summary>
    private static Mention? NameBeforeKind(PartOfSpeech[] tags, MentionsByToken mentions, int start, int head)
    {
        var i = head - 1;
        while (i > start && head - i <= MaxNounsBetweenNameAndKind && tags[i] is PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.ProperNoun) i--;
        return i >= start && mentions.At(i) is [{ Kind: MentionKind.Name, Possessive: false } named] ? named : null;
    }

    private bool IsAmount(List<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsSum || cues.CurrencyWords.Contains(tokens[i]) && i > start && tokens[i - 1].StartsWithDigit
                || cues.CurrencyWords.Contains(tokens[i]) && i > start + 1 && tokens[i - 2].StartsWithDigit) return true;
        }
        return false;
    }

    private NounPhrase Describe(List<Token> tokens, PartOfSpeech[] tags, string[] lemmas, MentionsByToken mentions, int start, int end)
    {
        var head = end - 1;
        while (head > start && tags[head] is PartOfSpeech.Possessive or PartOfSpeech.Number && tags[head - 1] != PartOfSpeech.Determiner) head--;
        var isModel = head < end - 1 && tags[head] == PartOfSpeech.Entity && tags[end - 1] == PartOfSpeech.Number;
        var referents = tags[head] == PartOfSpeech.Entity ? mentions.At(head) : MentionsByToken.None;
        // Most phrases have no modifier: the list is rented only when one goes in.
        List<Mention>? modifiers = null;
        List<string>? qualifiers = null;
        for (var t = start; t < end; t++)
        {
            if (tags[t] == PartOfSpeech.Entity)
            {
                var here = mentions.At(t);
                if (here.Count == 0) continue;
                if (!referents.Contains(here[0]))
                {
                    modifiers ??= ScratchLists<Mention>.RentForSentence();
                    foreach (var mention in here)
                    {
                        if (!modifiers.Contains(mention)) modifiers.Add(mention);
                    }
                }
                t = here[0].EndToken - 1;
            }
            else if (t < head)
            {
                (qualifiers ??= ScratchLists<string>.RentForSentence()).Add(tokens[t].Folded);
            }
        }
        var headLemma = referents.Count > 0 ? null : lemmas[head];
        var words = qualifiers ?? (IReadOnlyList<string>)[];
        // "the Carabobo 3 field", "the Tupi project": a name before the noun of its kind is what the phrase names.
        if (headLemma is not null && cues.TypeNouns.Contains(tokens[head]) && NameBeforeKind(tags, mentions, start, head) is { } named)
            return new NounPhrase(start, end, [named], MentionsByToken.None, null) { Qualifiers = words };
        // "Russian officials", "Gazprom executives": people standing for the entity that qualifies them.
        if (modifiers is not null && headLemma is not null && cues.IsProxy(headLemma, tokens[head].Folded))
            return new NounPhrase(start, end, modifiers, MentionsByToken.None, null) { Qualifiers = words };
        return new NounPhrase(start, end, referents, modifiers ?? MentionsByToken.None, headLemma) { Qualifiers = words, IsAmount = IsAmount(tokens, start, end), HeadText = tokens[head].Text, IsModel = isModel };
    }
}
