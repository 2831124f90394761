namespace GeoGraph.Extraction.Entities;

public enum MentionKind
{
    /// <summary>The entity's name or an alias: "Vladimir Putin", "Mr Putin", "PDVSA".</summary>
    Name,
    /// <summary>An adjective of nationality standing for a country: "Russian firms".</summary>
    Demonym,
    /// <summary>A capital city standing for its government: "Moscow said".</summary>
    Metonym,
    /// <summary>A pronoun resolved to the nearest fitting person: "he", "his".</summary>
    Pronoun,
    /// <summary>A role standing for the person who holds it: "the Rosneft chairman".</summary>
    Role,
    /// <summary>One of the two entities "the two countries" or "the two leaders" stands for; both share its span.</summary>
    Group,
    /// <summary>A definite description resolved to the latest entity it fits: "the company", "the carrier", "the country".</summary>
    Description,
}
