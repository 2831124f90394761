using Microsoft.Extensions.Options;

namespace GeoGraph.Ingestion;

/// <summary>Checks <see cref="IngestionOptions"/> against its attributes with generated code, not reflection.</summary>
[OptionsValidator]
internal sealed partial class IngestionOptionsValidator : IValidateOptions<IngestionOptions>;
