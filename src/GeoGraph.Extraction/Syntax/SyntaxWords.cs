using GeoGraph.Extraction.Lexicon;

namespace GeoGraph.Extraction.Syntax;

/// <summary>The words of Lexicon/Data/syntax.json that decide how a clause presents its event.</summary>
public sealed class SyntaxWords
{
    /// <summary>could, may, might, would, should.</summary>
    public required PhraseSet SpeculativeModals { get; init; }
    /// <summary>will, shall, 'll.</summary>
    public required PhraseSet PlannedModals { get; init; }
    /// <summary>not, n't, never.</summary>
    public required PhraseSet Negations { get; init; }
    /// <summary>Lemmas of verbs that make the infinitive or clause they govern a wish: want, hope, seek, consider.</summary>
    public required PhraseSet SpeculativeGovernors { get; init; }
    /// <summary>Lemmas of verbs that make what they govern a plan: plan, intend, expect, agree, be ("is to").</summary>
    public required PhraseSet PlannedGovernors { get; init; }
    /// <summary>Lemmas of verbs that deny what they govern: deny, refuse, fail, reject.</summary>
    public required PhraseSet NegatingGovernors { get; init; }
    /// <summary>Nouns whose "that" clause is a claim, not a fact: reports, rumours, speculation.</summary>
    public required PhraseSet ReportNouns { get; init; }
    /// <summary>Words opening a clause that is only a condition or question: if, whether, unless.</summary>
    public required PhraseSet Conditionals { get; init; }
    /// <summary>Adjectives that make a noun's event a possibility: possible, potential, proposed.</summary>
    public required PhraseSet SpeculativeQualifiers { get; init; }
    /// <summary>Adjectives that make a noun's event a plan: planned, upcoming, forthcoming.</summary>
    public required PhraseSet PlannedQualifiers { get; init; }
    /// <summary>Nouns that stand for the people of the entity after "of" or "from": officials, heads, delegation.</summary>
    public required PhraseSet ProxyNouns { get; init; }
    /// <summary>Nouns of parties (lemmas) whose plural a list after it spells out: "the two countries, Peru and Chile".</summary>
    public required PhraseSet PartyNouns { get; init; }

    /// <summary>Whether a noun, by its lemma or as written, stands for the entity that qualifies it or follows "of".</summary>
    public bool IsProxy(string lemma, string word) => ProxyNouns.Contains(lemma) || ProxyNouns.Contains(word);
    /// <summary>Nouns naming the place after "of": "the city of Orenburg", "the province of Aceh".</summary>
    public required PhraseSet PlaceNouns { get; init; }
    /// <summary>Words introducing examples that stand for the noun before them: "centres like India".</summary>
    public required PhraseSet ExampleWords { get; init; }
    /// <summary>Nouns of a kind of thing, which a name before them identifies: "the Junin 6 field", "the Tupi project".</summary>
    public required PhraseSet TypeNouns { get; init; }
    /// <summary>Nouns of a part of something, which stand for the whole after "of": "part of the Galkynysh field".</summary>
    public required PhraseSet PartNouns { get; init; }
    /// <summary>Lemmas of verbs that list what a group is made of: "a consortium that includes YPF and Eni".</summary>
    public required PhraseSet MemberVerbs { get; init; }
    /// <summary>Determiners that deny what their noun's clause says: "no agreement was signed".</summary>
    public required PhraseSet NegatingDeterminers { get; init; }
    /// <summary>Words that open a clause rather than attach a noun to the one before: "that", "because", "once".</summary>
    public required PhraseSet Subordinators { get; init; }
    /// <summary>Nouns of time news uses as adverbs, which never head a noun phrase: "arrived in Caracas today".</summary>
    public required PhraseSet TimeAdverbs { get; init; }
    /// <summary>Nouns of time that "next", "last", "this" make adverbial: "next month".</summary>
    public required PhraseSet TimeNouns { get; init; }
    public required PhraseSet TimeDeterminers { get; init; }
    /// <summary>Words that work as prepositions: "projects including Junin 6", "according to", "a deal worth $1bn".</summary>
    public required PhraseSet PrepositionWords { get; init; }
    /// <summary>Quantities that start a new noun phrase after a name: "lent the Dangote Group several billion dollars".</summary>
    public required PhraseSet Quantifiers { get; init; }
    /// <summary>Currency names that make a number a sum of money: "600 million roubles".</summary>
    public required PhraseSet CurrencyWords { get; init; }
    /// <summary>Words that only soften the number after them: "raised about $900m", "nearly 50 jets".</summary>
    public required PhraseSet Approximators { get; init; }
}
