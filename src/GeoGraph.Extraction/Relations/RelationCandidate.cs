using GeoGraph.Extraction.Syntax;

namespace GeoGraph.Extraction.Relations;

/// <summary>A relation read from a frame, before it gets its evidence and details.</summary>
internal readonly record struct RelationCandidate(RelationFamily Family, string SubjectId, string ObjectId, Modality Modality, string Rule, IReadOnlyList<string> Items)
{
    /// <summary>Read from a noun ("Putin's visit to Cuba") rather than a verb: a little less certain.</summary>
    public bool ByNoun { get; init; }
}
