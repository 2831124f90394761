using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Relations;
using GeoGraph.Extraction.Syntax;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Lexicon;

/// <summary>Builds the <see cref="KnowledgeBase"/> from the JSON data files embedded in this assembly.</summary>
internal static class KnowledgeBaseLoader
{
    public static KnowledgeBase LoadEmbedded()
    {
        var entities = new Dictionary<string, LexiconEntity>(StringComparer.Ordinal);
        var names = new NameIndex();
        var demonyms = new NameIndex();
        var firstDemonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        var countryCodes = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var row in Read("entities.json", LexiconFileJson.Default.EntityFile).Entities)
            AddEntity(row, entities, names, demonyms, firstDemonyms);
        foreach (var country in Read("countries.json", LexiconFileJson.Default.CountryFile).Countries)
        {
            AddCountry(country, entities, names, demonyms, firstDemonyms);
            countryCodes[country.Code] = country.Id;
        }

        var lists = Read("vocabulary.json", LexiconFileJson.Default.DictionaryStringJsonElement);
        var boilerplate = Read("boilerplate.json", LexiconFileJson.Default.BoilerplateFile);
        using var relations = JsonDocument.Parse(Open("relations.json"));
        return new KnowledgeBase
        {
            Entities = entities.ToFrozenDictionary(StringComparer.Ordinal),
            Names = names,
            Demonyms = demonyms,
            Vocabulary = BuildVocabulary(lists, Read("given-names.json", LexiconFileJson.Default.GivenNameFile).Names),
            FirstDemonyms = firstDemonyms,
            CountryCodes = countryCodes,
            Boilerplate = new BoilerplateRules(new LinePrefixes(boilerplate.LineStartsWith), new LinePrefixes(boilerplate.FooterStartsWith), new LinePrefixes(boilerplate.CaptionStartsWith)),
            English = EnglishWords.Parse(ReadText("english.tsv")),
            Cities = CityGazetteer.Parse(ReadText("cities.tsv")),
            Syntax = BuildSyntaxWords(Read("syntax.json", LexiconFileJson.Default.DictionaryStringJsonElement)),
            RelationFamilies = RelationFamilyLoader.Parse(relations),
            MakerVerbs = RelationFamilyLoader.MakerVerbs(relations),
        };
    }

    private static void AddEntity(EntityRow row, Dictionary<string, LexiconEntity> entities, NameIndex names, NameIndex demonyms,
        Dictionary<string, string> firstDemonyms)
    {
        var id = EntityIds.Slug(row.Name);
        entities.TryAdd(id, new LexiconEntity(id, row.Name, row.Type) { Nationality = row.Nationality, Roles = row.Roles ?? [] });
        // The names lead to the table's entry for the id: the first row's, should two names make one id.
        var entity = entities[id];
        names.Add(row.Name, entity);
        foreach (var alias in row.Aliases ?? []) names.Add(alias, entity);
        foreach (var demonym in row.Demonyms ?? []) AddDemonym(demonyms, firstDemonyms, demonym, entity);
        var words = row.Name.Split(' ');
        if (row.Type == EntityType.Person && row.SurnameAlias && words.Length > 1)
            names.Add(words[^1], entity);
    }

    private static void AddCountry(CountryRow row, Dictionary<string, LexiconEntity> entities, NameIndex names, NameIndex demonyms,
        Dictionary<string, string> firstDemonyms)
    {
        entities.TryAdd(row.Id, new LexiconEntity(row.Id, row.Name, EntityType.Country) { Nationality = row.Id });
        var country = entities[row.Id];
        names.Add(row.Name, country);
        foreach (var alias in row.Aliases) names.Add(alias, country);
        foreach (var demonym in row.Demonyms) AddDemonym(demonyms, firstDemonyms, demonym, country);
        if (row.Capital is not { } capital) return;
        entities.TryAdd(capital.Id, new LexiconEntity(capital.Id, capital.Name, EntityType.City) { Nationality = row.Id, CapitalOf = row.Id });
        var city = entities[capital.Id];
        names.Add(capital.Name, city);
        foreach (var alias in capital.Aliases) names.Add(alias, city);
    }

    private static void AddDemonym(NameIndex demonyms, Dictionary<string, string> firstDemonyms, string demonym, LexiconEntity entity)
    {
        firstDemonyms.TryAdd(entity.Id, demonym);
        demonyms.Add(demonym, entity);
        if (demonym.EndsWith('n') || demonym.EndsWith('i')) demonyms.Add(demonym + "s", entity);
    }

    private static Vocabulary BuildVocabulary(Dictionary<string, JsonElement> lists, List<string> givenNames) => new()
    {
        PersonTitles = Set(lists, "personTitles"),
        HeadTitles = Set(lists, "headTitles"),
        HeadTitleBlockers = Set(lists, "headTitleBlockers"),
        OrgHeadNouns = Set(lists, "orgHeadNouns"),
        OrgNamePrefixes = Set(lists, "orgNamePrefixes"),
        NameConnectors = Set(lists, "nameConnectors"),
        OrgCueBefore = Set(lists, "orgCueBefore"),
        OrgCueAfter = Set(lists, "orgCueAfter"),
        PersonCueBefore = Set(lists, "personCueBefore"),
        PersonCueAfter = Set(lists, "personCueAfter"),
        CityCueBefore = Set(lists, "cityCueBefore"),
        RegionCueBefore = Set(lists, "regionCueBefore"),
        LanguageCues = Set(lists, "languageCues"),
        StopWords = Set(lists, "stopWords"),
        GivenNames = new PhraseSet(givenNames),
        Prepositions = Set(lists, "prepositions"),
        TitleConnectors = Set(lists, "titleConnectors"),
        NameParticles = Set(lists, "nameParticles"),
        FieldNouns = Set(lists, "fieldNouns"),
        PlaceCueBefore = Set(lists, "placeCueBefore"),
        PlaceNamedCompanyPrefixes = Set(lists, "placeNamedCompanyPrefixes"),
        Honorifics = Set(lists, "honorifics"),
        RegionHeadNouns = Set(lists, "regionHeadNouns"),
        GenericHeadTitles = Set(lists, "genericHeadTitles"),
        StateTitles = Set(lists, "stateTitles"),
        TitleQualifiers = Set(lists, "titleQualifiers"),
        ProjectHeadNouns = Set(lists, "projectHeadNouns"),
        BuildingNouns = Set(lists, "buildingNouns"),
        LocativeCues = Set(lists, "locativeCues"),
        GroupAnaphors = TypeMap(lists, "groupAnaphors"),
        DescriptionAnaphors = TypeMap(lists, "descriptionAnaphors"),
    };

    private static Dictionary<string, IReadOnlyList<EntityType>> TypeMap(Dictionary<string, JsonElement> lists, string name) =>
        lists[name].Deserialize(LexiconFileJson.Default.DictionaryStringListEntityType)!
            .ToDictionary(p => p.Key, p => (IReadOnlyList<EntityType>)p.Value, StringComparer.Ordinal);

    private static SyntaxWords BuildSyntaxWords(Dictionary<string, JsonElement> lists) => new()
    {
        SpeculativeModals = Set(lists, "speculativeModals"),
        PlannedModals = Set(lists, "plannedModals"),
        Negations = Set(lists, "negations"),
        SpeculativeGovernors = Set(lists, "speculativeGovernors"),
        PlannedGovernors = Set(lists, "plannedGovernors"),
        NegatingGovernors = Set(lists, "negatingGovernors"),
        ReportNouns = Set(lists, "reportNouns"),
        Conditionals = Set(lists, "conditionals"),
        SpeculativeQualifiers = Set(lists, "speculativeQualifiers"),
        PlannedQualifiers = Set(lists, "plannedQualifiers"),
        ProxyNouns = Set(lists, "proxyNouns"),
        PartyNouns = Set(lists, "partyNouns"),
        PlaceNouns = Set(lists, "placeNouns"),
        ExampleWords = Set(lists, "exampleWords"),
        TypeNouns = Set(lists, "typeNouns"),
        PartNouns = Set(lists, "partNouns"),
        MemberVerbs = Set(lists, "memberVerbs"),
        NegatingDeterminers = Set(lists, "negatingDeterminers"),
        Subordinators = Set(lists, "subordinators"),
        TimeAdverbs = Set(lists, "timeAdverbs"),
        TimeNouns = Set(lists, "timeNouns"),
        TimeDeterminers = Set(lists, "timeDeterminers"),
        PrepositionWords = Set(lists, "prepositionWords"),
        Quantifiers = Set(lists, "quantifiers"),
        CurrencyWords = Set(lists, "currencyWords"),
        Approximators = Set(lists, "approximators"),
    };

    private static PhraseSet Set(Dictionary<string, JsonElement> lists, string name) =>
        lists.TryGetValue(name, out var list)
            ? new PhraseSet(list.EnumerateArray().Select(e => e.GetString()!))
            : throw new InvalidDataException($"The lexicon has no word list '{name}'.");

    /// <summary>A data file's whole text, decoded at once: a <see cref="StreamReader"/> grows its way there in chunks.</summary>
    private static string ReadText(string file)
    {
        using var stream = Open(file);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var byteOrderMark = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        return Encoding.UTF8.GetString(bytes, byteOrderMark, bytes.Length - byteOrderMark);
    }

    private static Stream Open(string file) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"GeoGraph.Lexicon.{file}")
        ?? throw new InvalidDataException($"The lexicon file {file} is not embedded.");

    private static T Read<T>(string file, JsonTypeInfo<T> type)
    {
        using var stream = Open(file);
        return JsonSerializer.Deserialize(stream, type) ?? throw new InvalidDataException($"The lexicon file {file} is empty.");
    }
}
