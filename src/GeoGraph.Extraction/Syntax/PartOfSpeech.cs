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
