using Microsoft.Extensions.Options;

namespace GeoGraph.Neo4j;

/// <summary>Checks <see cref="Neo4jOptions"/> against its attributes with generated code, not reflection.</summary>
[OptionsValidator]
internal sealed partial class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>;
