using System.Collections.Frozen;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Lexicon;

/// <summary>Everything the extractor knows, loaded once from the data files and shared read-only.</summary>
public sealed class KnowledgeBase
{
    public required FrozenDictionary<string, LexiconEntity> Entities { get; init; }
    public required NameIndex Names { get; init; }
    public required NameIndex Demonyms { get; init; }
    public required Vocabulary Vocabulary { get; init; }
    public required BoilerplateRules Boilerplate { get; init; }
    public required IReadOnlyDictionary<string, string> FirstDemonyms { get; init; }
    public required IReadOnlyDictionary<string, string> CountryCodes { get; init; }
    public required EnglishWords English { get; init; }
    public required CityGazetteer Cities { get; init; }
    public required Syntax.SyntaxWords Syntax { get; init; }
    public required IReadOnlyList<Relations.RelationFamily> RelationFamilies { get; init; }

    /// <summary>Lemmas of verbs whose passive names a thing's maker (relations.json "makerVerbs").</summary>
    public required IReadOnlySet<string> MakerVerbs { get; init; }

    /// <summary>The adjective the lexicon lists first for a country: "Russian" for Russia.</summary>
    public string? DemonymOf(string countryId) => FirstDemonyms.GetValueOrDefault(countryId);

    /// <summary>The country of an ISO 3166 alpha-2 code ("KE" → "kenya"), when the lexicon has it.</summary>
    public string? CountryIdOfCode(string code) => CountryCodes.GetValueOrDefault(code);

    public static KnowledgeBase Default => LazyDefault.Value;

    private static readonly Lazy<KnowledgeBase> LazyDefault = new(KnowledgeBaseLoader.LoadEmbedded);
}
