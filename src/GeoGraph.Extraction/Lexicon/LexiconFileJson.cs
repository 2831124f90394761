using System.Text.Json;
using System.Text.Json.Serialization;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Lexicon;

internal sealed record CountryFile(List<CountryRow> Countries);
internal sealed record CountryRow(string Id, string Name, string Code, List<string> Aliases, List<string> Demonyms, CapitalRow? Capital);
internal sealed record CapitalRow(string Id, string Name, List<string> Aliases);
internal sealed record EntityFile(List<EntityRow> Entities);
internal sealed record EntityRow(string Name, EntityType Type, List<string>? Aliases, List<string>? Demonyms,
    string? Nationality, List<Role>? Roles, bool SurnameAlias = true);
internal sealed record GivenNameFile(List<string> Names);
internal sealed record BoilerplateFile(List<string> LineStartsWith, List<string> FooterStartsWith, List<string> CaptionStartsWith);

/// <summary>
/// The shapes of the embedded lexicon files, read by generated code rather than by reflection: the lexicon loads
/// faster at start-up, and the command line can be compiled ahead of time.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(EntityFile))]
[JsonSerializable(typeof(CountryFile))]
[JsonSerializable(typeof(GivenNameFile))]
[JsonSerializable(typeof(BoilerplateFile))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(Dictionary<string, List<EntityType>>))]
internal sealed partial class LexiconFileJson : JsonSerializerContext;
