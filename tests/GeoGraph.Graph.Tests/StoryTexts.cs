namespace GeoGraph.Graph.Tests;

/// <summary>Article texts for story tests: a report, another site's copy of it, and a different report of the same visit.</summary>
public static class StoryTexts
{
    public const string Report = """
        Russian prime minister Vladimir Putin arrived in Caracas on Thursday to meet Venezuelan president Hugo Chavez.
        Mr Putin and Mr Chavez will launch a $20 billion venture with PDVSA to tap the Orinoco heavy oil belt.
        Rosneft, Lukoil and Gazprom will join the Junin 6 project, officials in Caracas said.
        """;

    public const string CopyOfReport = """
        Breaking News | World | Business
        Putin lands in Venezuela
        By staff and agencies

        Russian prime minister Vladimir Putin arrived in Caracas today to meet Venezuelan president Hugo Chavez.
        Mr Putin and Mr Chavez will launch a $20 billion venture with PDVSA to tap the Orinoco heavy oil belt.
        Rosneft, Lukoil and Gazprom will join the Junin 6 project, officials in Caracas told reporters.

        Copyright 2008. All rights reserved.
        """;

    public const string OtherReport = """
        Vladimir Putin flew into Caracas for a one-day visit, his first to Latin America as prime minister.
        Venezuelan officials said Mr Putin would see President Hugo Chavez at the Miraflores palace.
        Bolivian President Evo Morales is due in the Venezuelan capital on Friday for talks on gas.
        """;
}
