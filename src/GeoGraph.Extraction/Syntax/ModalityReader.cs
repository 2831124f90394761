using System.Collections.Frozen;

namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// How a clause presents its event: its own verb group ("did not sign", "will sign", "could sign"), what a governing
/// verb makes of an infinitive ("refused to", "hopes to", "plans to"), and the words that open it ("if", "reports
/// that", "denied that"). The stronger presentation wins, in the order of <see cref="Modality"/>.
/// </summary>
internal sealed class ModalityReader(SyntaxWords cues)
{
    private readonly FrozenDictionary<string, Modality> _qualifierModality = QualifierModalities(cues);

    public Modality OfClause(List<Chunk> chunks, int k, VerbGroup verb, Clause? governor, List<NounPhrase> subjects, List<NounPhrase> objects)
    {
        if (verb.Negated || AnyNegated(subjects) || AnyNegated(objects)) return Modality.Negated;
        var own = verb.Modality;
        if (governor is not null)
        {
            var governed = Governed(governor);
            if (governed is Modality.Negated or Modality.Speculative) return governed;
            if (governed == Modality.Planned && own == Modality.Asserted) own = Modality.Planned;
        }
        var introduced = Introduction(chunks, k);
        return introduced > own ? introduced : own;
    }

    /// <summary>"no deal", "neither side": a negating determiner before an argument.</summary>
    private bool AnyNegated(List<NounPhrase> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Qualifiers is [var first, ..] && cues.NegatingDeterminers.Contains(first)) return true;
        }
        return false;
    }

    /// <summary>What a governing clause makes of the infinitive or gerund it governs: "refused to sign", "hopes to sign".</summary>
    private Modality Governed(Clause governor)
    {
        if (governor.Modality is Modality.Negated or Modality.Speculative) return governor.Modality;
        var verb = governor.Verb;
        // "is expected to" → "be expect"; "is likely to" → "be likely"; "is to" → "be".
        var key = verb.Passive ? "be " + verb.Lemma
            : verb.Lemma == "be" && governor.Objects is [{ Referents.Count: 0, HeadLemma: { } state }] ? "be " + state
            : verb.Lemma;
        if (cues.NegatingGovernors.Contains(key) || cues.NegatingGovernors.Contains(verb.Lemma)) return Modality.Negated;
        if (cues.SpeculativeGovernors.Contains(key) || !verb.Passive && cues.SpeculativeGovernors.Contains(verb.Lemma)) return Modality.Speculative;
        if (cues.PlannedGovernors.Contains(key) || !verb.Passive && cues.PlannedGovernors.Contains(verb.Lemma)) return Modality.Planned;
        return governor.Modality;
    }

    /// <summary>
    /// How the words opening a clause present it: "if"/"whether" make it a condition, "reports that" a claim,
    /// "denied that" a denial. Looks back from the verb to the clause's start.
    /// </summary>
    private Modality Introduction(List<Chunk> chunks, int k)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            var chunk = chunks[j];
            if (cues.Conditionals.ContainsWord(chunk.WordId) && chunk.Kind != ChunkKind.Noun) return Modality.Speculative;
            // The clause starts after a comma or a boundary: "Once X signed, Putin visited" leaves "visited" asserted.
            if (chunk.Kind is ChunkKind.Boundary or ChunkKind.Comma) return Modality.Asserted;
            if (chunk.Word != "that" || chunk.Kind == ChunkKind.Noun) continue;
            var before = ChunkWalk.SkipOther(chunks, j - 1);
            if (before >= 0 && chunks[before].Noun is { HeadLemma: { } noun } reported && (cues.ReportNouns.Contains(noun) || cues.ReportNouns.Contains(reported.HeadText?.ToLowerInvariant() ?? noun)))
                return Modality.Speculative;
            if (j > 0 && chunks[j - 1].Verb is { } saying && cues.NegatingGovernors.Contains(saying.Lemma))
                return saying.Negated ? Modality.Asserted : Modality.Negated;
            return Modality.Asserted;
        }
        return Modality.Asserted;
    }

    /// <summary>"a possible deal", "no agreement", "the planned visit": what a noun's own words make of its event.</summary>
    /// <remarks>The first speculative or negating word decides; a planning word counts only if none is there.</remarks>
    public Modality OfNoun(NounPhrase noun)
    {
        var qualifiers = noun.Qualifiers;
        var planned = false;
        for (var i = 0; i < qualifiers.Count; i++)
        {
            if (!_qualifierModality.TryGetValue(qualifiers[i], out var modality)) continue;
            if (modality != Modality.Planned) return modality;
            planned = true;
        }
        return planned ? Modality.Planned : Modality.Asserted;
    }

    /// <summary>
    /// What each qualifying word makes of a noun's event, the strongest where a word is in several lists (speculative,
    /// then negating, then planned): one look-up a word, where most words are in none.
    /// </summary>
    private static FrozenDictionary<string, Modality> QualifierModalities(SyntaxWords cues)
    {
        var modalities = new Dictionary<string, Modality>(StringComparer.Ordinal);
        foreach (var word in cues.PlannedQualifiers.Phrases) modalities[word] = Modality.Planned;
        foreach (var word in cues.Negations.Phrases) modalities[word] = Modality.Negated;
        foreach (var word in cues.NegatingDeterminers.Phrases) modalities[word] = Modality.Negated;
        foreach (var word in cues.SpeculativeQualifiers.Phrases) modalities[word] = Modality.Speculative;
        return modalities.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
