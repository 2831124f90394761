namespace GeoGraph.Extraction.Model;

/// <summary>An amount of money as stated: "$2 billion" is 2000000000 USD; Currency is null when the text gives none.</summary>
public sealed record MoneyAmount(decimal Value, string? Currency, string Text);
