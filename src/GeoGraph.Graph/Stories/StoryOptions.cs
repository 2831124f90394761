using System.ComponentModel.DataAnnotations;

namespace GeoGraph.Graph.Stories;

/// <summary>GeoGraph:Stories: when two articles are one story.</summary>
public sealed class StoryOptions
{
    public const string Section = "GeoGraph:Stories";

    /// <summary>
    /// The estimated Jaccard similarity of two articles' name-bearing shingles from which they are one story. Syndicated
    /// copies of generated stories score 0.65–1 (99% above 0.77, median 1); different stories almost all below 0.1, but
    /// short generated ones that share one or two of their three sentences reach 0.5–0.8. On 100,000 generated articles,
    /// pairwise precision and recall are 0.940 and 1.000 at 0.5, 0.9986 and 0.9997 at 0.65, 0.9994 and 0.9992 at 0.7,
    /// 0.9999 and 0.990 at 0.8. A syndicated copy of seed 000 scores 0.875; seeds 000 and 001 (one trip, two stories) 0.11.
    /// </summary>
    public const double DefaultThreshold = 0.7;

    [Range(0.05, 1.0, ErrorMessage = "GeoGraph:Stories:Threshold must be a similarity from 0.05 to 1.")]
    public double Threshold { get; set; } = DefaultThreshold;
}
