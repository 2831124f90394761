namespace GeoGraph.Extraction.Relations;

/// <summary>A frame found by one of its triggers, with the rule name its facts carry ("sold.verb.sell").</summary>
internal sealed record TriggeredFrame(RelationFamily Family, Frame Frame, string Rule);
