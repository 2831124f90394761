namespace GeoGraph.Ingestion.Submissions;

/// <summary>What is wrong with one field of a submission.</summary>
public sealed record SubmissionProblem(string Field, string Message);
