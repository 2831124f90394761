using System.ComponentModel.DataAnnotations;

namespace GeoGraph.Graph.Stories;

/// <summary>GeoGraph:Stories: when two articles are one story.</summary>
public sealed class StoryOptions
{
    public const string Section = "GeoGraph:Stories";

    /// <summary>
    /// The estimated Jaccard similarity of two articles' name-bearing shingles from which they are one story. Syndicated
    /// copies of generated stories score 0.67–1 (median 1), different stories below 0.5 (almost all below 0.1).
    /// </summary>
    public const double DefaultThreshold = 0.5;

    [Range(0.05, 1.0, ErrorMessage = "GeoGraph:Stories:Threshold must be a similarity from 0.05 to 1.")]
    public double Threshold { get; set; } = DefaultThreshold;
}
