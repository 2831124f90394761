namespace GeoGraph.Extraction.Syntax;

/// <summary>The word classes the shallow parser needs, coarser than the Penn Treebank tags the lexicon stores.</summary>
public enum PartOfSpeech : byte
{
    Other,
    Noun,
    PluralNoun,
    ProperNoun,
    Verb,
    VerbPast,
    VerbParticiple,
    VerbGerund,
    VerbPresent,
    Modal,
    Adjective,
    Adverb,
    Preposition,
    To,
    Determiner,
    Pronoun,
    PossessivePronoun,
    Possessive,
    Conjunction,
    WhWord,
    Number,
    Particle,
    Punctuation,
    /// <summary>A token inside an entity mention: the parser treats the mention as one noun.</summary>
    Entity,
}

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

    public static bool IsVerb(this PartOfSpeech tag) => tag is PartOfSpeech.Verb or PartOfSpeech.VerbPast or PartOfSpeech.VerbParticiple
        or PartOfSpeech.VerbGerund or PartOfSpeech.VerbPresent;

    public static bool IsNoun(this PartOfSpeech tag) => tag is PartOfSpeech.Noun or PartOfSpeech.PluralNoun or PartOfSpeech.ProperNoun or PartOfSpeech.Entity;

    /// <summary>Words that can stand inside a noun phrase before its head.</summary>
    public static bool IsNominal(this PartOfSpeech tag) => tag.IsNoun() || tag is PartOfSpeech.Determiner or PartOfSpeech.PossessivePronoun
        or PartOfSpeech.Adjective or PartOfSpeech.Number or PartOfSpeech.Possessive;
}
