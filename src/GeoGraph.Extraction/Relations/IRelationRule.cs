using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Relations;

/// <summary>One family of patterns that reads relations of a kind out of a sentence.</summary>
public interface IRelationRule
{
    IEnumerable<ExtractedRelation> Apply(SentenceContext sentence);
}
