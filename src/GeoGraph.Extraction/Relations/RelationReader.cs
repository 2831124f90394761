using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
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
        // Every frame joins two mentions: a sentence with fewer states no relation by a verb or noun, and is not parsed.
        var candidates = sentence.Mentions.Count < 2 ? [] : _frames.Read(_parser.Parse(sentence), entities);
        foreach (var (person, held, rule) in _titles.Read(sentence, entities, homeCountry))
        {
            if (person != held && _leads.Accepts(entities.TypeOf(person), entities.TypeOf(held)))
                candidates.Add(new RelationCandidate(_leads, person, held, Modality.Asserted, rule, []));
        }
        candidates.AddRange(CountriesVisited(candidates, entities));
        if (candidates.Count == 0) return;

        var stated = sentence.Sentence.ToEvidence(text, original);
        var amount = MoneyReader.Read(sentence.Tokens, text.Value).Select(a => a.Amount).OrderBy(a => a.Currency is null).FirstOrDefault();
        var stake = StakeReader.Read(sentence.Tokens);
        string? pastDate = null, plannedDate = null;
        var datesRead = new bool[2];
        foreach (var candidate in candidates)
        {
            var planned = candidate.Modality == Modality.Planned;
            var date = planned
                ? Once(ref plannedDate, ref datesRead[1], () => RelationDateReader.Read(sentence.Tokens, published, planned: true))
                : Once(ref pastDate, ref datesRead[0], () => RelationDateReader.Read(sentence.Tokens, published, planned: false));
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

    /// <summary>A visit to a foreign city is a visit to its country: "arrived in Caracas" is VISITED Venezuela too.</summary>
    private static IEnumerable<RelationCandidate> CountriesVisited(List<RelationCandidate> candidates, ArticleEntities entities)
    {
        foreach (var visit in candidates.Where(c => c.Family.Type == RelationType.Visited && entities.TypeOf(c.ObjectId) == EntityType.City).ToList())
        {
            if (entities.CountryOf(visit.ObjectId) is { } country && entities.CountryOf(visit.SubjectId) != country)
                yield return visit with { ObjectId = country, Rule = visit.Rule + ".country" };
        }
    }

    private static string? Once(ref string? value, ref bool read, Func<string?> compute)
    {
        if (!read)
        {
            value = compute();
            read = true;
        }
        return value;
    }
}
