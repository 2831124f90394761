namespace GeoGraph.Extraction.Lexicon;

/// <summary>The word classes of Lexicon/Data/vocabulary.json and given-names.json.</summary>
public sealed class Vocabulary
{
    public required PhraseSet PersonTitles { get; init; }
    public required PhraseSet HeadTitles { get; init; }
    public required PhraseSet HeadTitleBlockers { get; init; }
    public required PhraseSet OrgHeadNouns { get; init; }
    public required PhraseSet OrgNamePrefixes { get; init; }
    public required PhraseSet NameConnectors { get; init; }
    public required PhraseSet OrgCueBefore { get; init; }
    public required PhraseSet OrgCueAfter { get; init; }
    public required PhraseSet PersonCueBefore { get; init; }
    public required PhraseSet PersonCueAfter { get; init; }
    public required PhraseSet CityCueBefore { get; init; }
    public required PhraseSet RegionCueBefore { get; init; }
    public required PhraseSet LanguageCues { get; init; }
    public required PhraseSet StopWords { get; init; }
    public required PhraseSet GivenNames { get; init; }
    public required PhraseSet Prepositions { get; init; }
    public required PhraseSet TitleConnectors { get; init; }
    public required PhraseSet NameParticles { get; init; }
    public required PhraseSet FieldNouns { get; init; }
    public required PhraseSet PlaceCueBefore { get; init; }
    public required PhraseSet Honorifics { get; init; }
    public required PhraseSet RegionHeadNouns { get; init; }
    public required PhraseSet GenericHeadTitles { get; init; }
    /// <summary>Titles of heads of state or government: without a holder they mean the person's, or the story's, country.</summary>
    public required PhraseSet StateTitles { get; init; }
    /// <summary>Words that may stand between a holder and its title and change nothing: "Rio Tinto's new chief executive".</summary>
    public required PhraseSet TitleQualifiers { get; init; }
    /// <summary>Nouns that end the names of projects and fields: "Standard Gauge Railway", "Vaca Muerta Sur pipeline".</summary>
    public required PhraseSet ProjectHeadNouns { get; init; }
    /// <summary>Nouns of buildings and places written after a name: "the Miraflores palace", "Tahrir square", "the Kicukiro district".</summary>
    public required PhraseSet BuildingNouns { get; init; }
    /// <summary>Words that, before a city or country, make with it a company's name: "Air Astana", "Air Canada".</summary>
    public required PhraseSet PlaceNamedCompanyPrefixes { get; init; }
    /// <summary>Words before a place name that make a capital a place, not its government: "in", "arrived".</summary>
    public required PhraseSet LocativeCues { get; init; }

    /// <summary>"the two countries", "the two leaders": the entity types each group noun can stand for.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Model.EntityType>> GroupAnaphors { get; init; }

    /// <summary>"the company", "the carrier", "the country": the entity types each definite description can stand for.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Model.EntityType>> DescriptionAnaphors { get; init; }
}
