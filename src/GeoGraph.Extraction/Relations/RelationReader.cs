using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Syntax;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Relations;

/// <summary>
/// Reads one sentence's relations: the declared families over its shallow parse, head titles for LEADS, and the
/// details each fact states — amount, stake, things traded, the date (for a plan, the first date after publication).
/// </summary>
internal sealed class RelationReader(KnowledgeBase knowledge)
{
    private const double NounFrameDiscount = 0.9;

    private readonly SentenceParser _parser = new(knowledge.English, knowledge.Syntax);
    private readonly FrameReader _frames = new(knowledge.RelationFamilies, knowledge.MakerVerbs);
    private readonly TitleReader _titles = new(knowledge.Vocabulary);
    private readonly RelationFamily _leads = knowledge.RelationFamilies.Single(f => f.Type == RelationType.Leads);

    /// <summary>Adds the sentence's relations to <paramref name="found"/>; its evidence is made only when it states one.</summary>
    /// <param name="original">The article as it came, which evidence quotes; <paramref name="text"/> is its normalised form.</param>
    public void Read(SentenceMentions sentence, ArticleEntities entities, NormalizedText text, string original, DateOnly? published, string? homeCountry,
        List<ExtractedRelation> found)
    {
        // The parse, its frames and its candidates are read only here: what they were lent goes back when this returns.
        using var scratch = ScratchScope.BeginSentence();
        // Every frame joins two different entities: a sentence that names fewer ("Putin said he would") states no relation
        // by a verb or noun, and is not parsed.
        var candidates = NamesTwoEntities(sentence.Mentions) ? _frames.Read(_parser.Parse(sentence), entities) : null;
        if (_titles.Read(sentence, entities, homeCountry) is { } titles)
        {
            foreach (var (person, held, rule) in titles)
            {
                if (person != held && _leads.Accepts(entities.TypeOf(person), entities.TypeOf(held)))
                    (candidates ??= ScratchLists<RelationCandidate>.RentForSentence()).Add(new RelationCandidate(_leads, person, held, Modality.Asserted, rule, []));
            }
        }
        if (candidates is null) return;
        AddCountriesVisited(candidates, entities);
        if (candidates.Count == 0) return;

        var stated = sentence.Sentence.ToEvidence(text, original);
        var amount = MoneyReader.Stated(sentence.Tokens, text.Value);
        var stake = StakeReader.Read(sentence.Tokens);
        // Each reading of the date, for a fact and for a plan, is made once, when a candidate first needs it.
        (string? Date, bool Read) past = default, plan = default;
        foreach (var candidate in candidates)
        {
            var planned = candidate.Modality == Modality.Planned;
            ref var dated = ref planned ? ref plan : ref past;
            if (!dated.Read) dated = (RelationDateReader.Read(sentence.Tokens, published, planned), true);
            var date = dated.Date;
            var type = candidate.Family.Type;
            found.Add(new ExtractedRelation(candidate.SubjectId, type, candidate.ObjectId, stated, candidate.Rule,
                candidate.Family.Confidence * (candidate.ByNoun ? NounFrameDiscount : 1.0))
            {
                Planned = planned,
                Date = date,
                Amount = type is RelationType.Sold or RelationType.Funded or RelationType.Signed ? amount : null,
                StakePercent = type is RelationType.Develops or RelationType.Sold ? stake : null,
                Items = candidate.Items,
            });
        }
    }

    /// <remarks>
    /// The one party a frame takes from outside the sentence's mentions is the country a place stands for as a lender
    /// (<see cref="FrameBinder"/>'s host countries); with one entity named, it could pair only with the place itself, which
    /// no family accepts while FUNDED takes no city as its object.
    /// </remarks>
    private static bool NamesTwoEntities(List<Mention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].EntityId != mentions[0].EntityId) return true;
        }
        return false;
    }

    /// <summary>A visit to a foreign city is a visit to its country: "arrived in Caracas" is VISITED Venezuela too.</summary>
    private static void AddCountriesVisited(List<RelationCandidate> candidates, ArticleEntities entities)
    {
        var read = candidates.Count;
        for (var i = 0; i < read; i++)
        {
            var visit = candidates[i];
            if (visit.Family.Type == RelationType.Visited && entities.TypeOf(visit.ObjectId) == EntityType.City
                && entities.CountryOf(visit.ObjectId) is { } country && entities.CountryOf(visit.SubjectId) != country)
                candidates.Add(visit with { ObjectId = country, Rule = visit.Rule + ".country" });
        }
    }
}
