namespace GeoGraph.Extraction.Lexicon;

/// <summary>The trigger words of Lexicon/Data/triggers.json, one list per relation family and qualifier.</summary>
public sealed class Triggers
{
    public required PhraseSet VisitVerbs { get; init; }
    public required PhraseSet VisitNouns { get; init; }
    public required PhraseSet VisitLightVerbs { get; init; }
    public required PhraseSet LeadPassives { get; init; }
    public required PhraseSet PresencePhrases { get; init; }
    public required PhraseSet PlacePrepositions { get; init; }
    public required PhraseSet MeetVerbs { get; init; }
    public required PhraseSet MeetNouns { get; init; }
    public required PhraseSet SignVerbs { get; init; }
    public required PhraseSet AgreeVerbs { get; init; }
    public required PhraseSet DealNouns { get; init; }
    public required PhraseSet SellVerbs { get; init; }
    public required PhraseSet ShipVerbs { get; init; }
    public required PhraseSet VisitCausativeVerbs { get; init; }
    public required PhraseSet TogetherVerbs { get; init; }
    public required PhraseSet BuyVerbs { get; init; }
    public required PhraseSet PurchaseNouns { get; init; }
    public required PhraseSet CustomerNouns { get; init; }
    public required PhraseSet GoodsNouns { get; init; }
    public required PhraseSet NotGoodsNouns { get; init; }
    public required PhraseSet FundNouns { get; init; }
    public required PhraseSet FundVerbs { get; init; }
    public required PhraseSet GiveVerbs { get; init; }
    public required PhraseSet ReceiveVerbs { get; init; }
    public required PhraseSet PartnerNouns { get; init; }
    public required PhraseSet PartnerVerbs { get; init; }
    public required PhraseSet FormVerbs { get; init; }
    public required PhraseSet DevelopVerbs { get; init; }
    public required PhraseSet NegationCues { get; init; }
    public required PhraseSet SpeculationCues { get; init; }
    public required PhraseSet GoverningSpeculationCues { get; init; }
    public required PhraseSet ReportNouns { get; init; }
    public required PhraseSet PlanCues { get; init; }
    public required PhraseSet LocativeCues { get; init; }
    public required PhraseSet ClauseBoundaries { get; init; }
}
