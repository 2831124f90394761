using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeoGraph.Ingestion.Submissions;

/// <summary>Source-generated JSON for submission files, with the web defaults the API reads submissions with.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ArticleSubmission))]
internal sealed partial class SubmissionJson : JsonSerializerContext;
