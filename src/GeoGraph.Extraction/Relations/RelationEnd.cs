namespace GeoGraph.Extraction.Relations;

/// <summary>Which end of a relation a place in a clause fills; <see cref="Both"/> pairs every entity found there.</summary>
public enum RelationEnd
{
    Subject,
    Object,
    Both,
}
