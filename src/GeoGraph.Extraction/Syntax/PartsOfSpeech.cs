using System.Runtime.CompilerServices;

namespace GeoGraph.Extraction.Syntax;

/// <summary>Penn Treebank tags read into parts of speech, and the classes the parser asks about.</summary>
public static class PartsOfSpeech
{
    /// <summary>Maps a Penn Treebank tag (as in the Brill lexicon) to the parser's word class.</summary>
    public static PartOfSpeech FromPenn(string tag) => tag switch
    {
        "NN" => PartOfSpeech.Noun,
        "NNS" => PartOfSpeech.PluralNoun,
        "NNP" or "NNPS" => PartOfSpeech.ProperNoun,
        "VB" or "VBP" => PartOfSpeech.Verb,
        "VBD" => PartOfSpeech.VerbPast,
        "VBN" => PartOfSpeech.VerbParticiple,
        "VBG" => PartOfSpeech.VerbGerund,
        "VBZ" => PartOfSpeech.VerbPresent,
        "MD" => PartOfSpeech.Modal,
        "JJ" or "JJR" or "JJS" => PartOfSpeech.Adjective,
        "RB" or "RBR" or "RBS" => PartOfSpeech.Adverb,
        "IN" => PartOfSpeech.Preposition,
        "TO" => PartOfSpeech.To,
        "DT" or "PDT" => PartOfSpeech.Determiner,
        "PRP" or "EX" => PartOfSpeech.Pronoun,
        "PRP$" => PartOfSpeech.PossessivePronoun,
        "POS" => PartOfSpeech.Possessive,
        "CC" => PartOfSpeech.Conjunction,
        "WDT" or "WP" or "WP$" or "WRB" => PartOfSpeech.WhWord,
        "CD" => PartOfSpeech.Number,
        "RP" => PartOfSpeech.Particle,
        _ => PartOfSpeech.Other,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsVerb(this PartOfSpeech tag) => tag is PartOfSpeech.Verb or PartOfSpeech.VerbPast or PartOfSpeech.VerbParticiple
        or PartOfSpeech.VerbGerund or PartOfSpeech.VerbPresent;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNoun(this PartOfSpeech tag) => tag is PartOfSpeech.Noun or PartOfSpeech.PluralNoun or PartOfSpeech.ProperNoun or PartOfSpeech.Entity;

    /// <summary>Words that can stand inside a noun phrase before its head.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNominal(this PartOfSpeech tag) => tag.IsNoun() || tag is PartOfSpeech.Determiner or PartOfSpeech.PossessivePronoun
        or PartOfSpeech.Adjective or PartOfSpeech.Number or PartOfSpeech.Possessive;
}
