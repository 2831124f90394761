namespace GeoGraph.Extraction.Model;

/// <summary>One fact read from one sentence, with why it is there (<see cref="Rule"/>, <see cref="Confidence"/>).</summary>
public sealed record ExtractedRelation(
    string SubjectId,
    RelationType Type,
    string ObjectId,
    Evidence Evidence,
    string Rule,
    double Confidence)
{
    public MoneyAmount? Amount { get; init; }
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>A share stated as a percentage: "a 60 per cent stake" is 60.</summary>
    public decimal? StakePercent { get; init; }
    public string? Date { get; init; }
    public bool Planned { get; init; }
}
