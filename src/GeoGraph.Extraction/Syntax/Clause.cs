namespace GeoGraph.Extraction.Syntax;

/// <summary>
/// One verb and its arguments: subjects (coordinated: "Russia and Venezuela"), direct objects, a second object
/// ("lent Venezuela $1bn"), the prepositional phrases after them, and how the clause presents its event.
/// <see cref="Complement"/> is an infinitive clause it governs ("agreed to buy jets from Russia").
/// </summary>
public sealed record Clause(VerbGroup Verb, List<NounPhrase> Subjects, List<NounPhrase> Objects,
    NounPhrase? SecondObject, IReadOnlyList<PrepositionalPhrase> Prepositions, Modality Modality)
{
    public Clause? Complement { get; internal set; }

    /// <summary>Whether a phrase of the preposition follows the verb, naming an entity or not.</summary>
    public bool HasPrepositional(string preposition)
    {
        for (var i = 0; i < Prepositions.Count; i++)
        {
            if (Prepositions[i].Preposition == preposition) return true;
        }
        return false;
    }

    /// <summary>Whether a noun phrase is one of the clause's objects, direct or in a prepositional phrase.</summary>
    public bool HasArgument(NounPhrase noun)
    {
        if (SecondObject == noun || Objects.Contains(noun)) return true;
        for (var i = 0; i < Prepositions.Count; i++)
        {
            if (Prepositions[i].Objects.Contains(noun)) return true;
        }
        return false;
    }
}
