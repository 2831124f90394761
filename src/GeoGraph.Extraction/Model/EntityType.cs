namespace GeoGraph.Extraction.Model;

public enum EntityType
{
    Person,
    Organization,
    Country,
    City,
    Region,
    OilField,
    Product,
    Event,
}
