using System.Globalization;
using System.Text;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Cli.Generation;

/// <summary>
/// Writes realistic test articles from the lexicon and sentence templates — visits, talks, sales in both voices,
/// loans, deals, joint ventures, denials, and web page furniture around them — recording the facts each one states.
/// The same seed gives the same corpus. Asked to, it syndicates a share of its stories: such an article is a copy of a
/// recent one under another site's furniture and headline, with light edits (<see cref="Syndication"/>).
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] Goods = ["fighter jets", "helicopters", "tanks", "air defence systems", "assault rifles", "submarines", "crude oil"];
    private static readonly string[] Topics = ["energy", "nuclear power", "trade", "oil exploration", "railways", "agriculture"];
    private static readonly string[] Sections = ["World", "Business", "Europe", "Americas", "Asia"];

    private readonly KnowledgeBase _knowledge;
    private readonly Random _random;
    private readonly List<(LexiconEntity Person, LexiconEntity Country, string Title)> _leaders;
    private readonly List<LexiconEntity> _companies;
    private readonly List<LexiconEntity> _fields;
    private readonly Dictionary<string, string> _capitals;
    private readonly Syndication _syndication;

    public CorpusGenerator(KnowledgeBase knowledge, int seed)
    {
        _knowledge = knowledge;
        _random = new Random(seed);
        _syndication = new Syndication(_random);
        var entities = knowledge.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        _capitals = entities.Where(e => e.CapitalOf is not null && e.Type == EntityType.City).GroupBy(e => e.CapitalOf!).ToDictionary(g => g.Key, g => g.First().Id);
        _leaders = [.. entities.Where(e => e.Type == EntityType.Person)
            .SelectMany(p => p.Roles.Where(r => r.Title is "president" or "prime minister" && knowledge.Entities.TryGetValue(r.Of, out var c)
                && c.Type == EntityType.Country && Capital(c.Id) is not null && Demonym(c.Id) is not null).Take(1)
                .Select(r => (p, knowledge.Entities[r.Of], r.Title)))];
        _companies = [.. entities.Where(e => e.Type == EntityType.Organization && e.Nationality is not null && char.IsUpper(e.Name[0]) && !e.Name.Contains(' ') && e.Name.Length > 3)];
        _fields = [.. entities.Where(e => e.Type == EntityType.OilField && !e.Name.Contains("field", StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>
    /// <paramref name="count"/> articles; each is, with probability <paramref name="syndicatedShare"/>, a copy of one of the
    /// last <see cref="Syndication.RecentStories"/> original stories rather than a new one.
    /// </summary>
    public IEnumerable<GeneratedArticle> Generate(int count, string prefix, double syndicatedShare = 0)
    {
        if (syndicatedShare is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(syndicatedShare), syndicatedShare, "The syndicated share is from 0 up to, not including, 1.");
        var originals = new List<(GeneratedArticle Article, IReadOnlyList<string> Body)>();
        for (var i = 0; i < count; i++)
        {
            var fileName = $"{prefix}-{i:D6}.txt";
            // The random draw only when syndicating, so that a corpus without copies is the one this seed always gave.
            if (syndicatedShare > 0 && originals.Count > 0 && _random.NextDouble() < syndicatedShare)
            {
                var (original, body) = originals[_random.Next(Math.Max(0, originals.Count - Syndication.RecentStories), originals.Count)];
                yield return _syndication.Copy(original, body, fileName);
                continue;
            }
            var (article, sentences) = Article(fileName);
            if (syndicatedShare > 0) originals.Add((article, sentences));
            yield return article;
        }
    }

    private (GeneratedArticle Article, IReadOnlyList<string> Body) Article(string fileName)
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var facts = new List<(string, string, string)>();
        var body = new List<string>();
        var sentences = _random.Next(3, 7);
        for (var s = 0; s < sentences; s++) body.Add(Sentence(entities, facts));
        var text = new StringBuilder();
        text.Append("Home | ").AppendJoin(" | ", Sections).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"Last Updated: {Pick(Weekdays)}, {_random.Next(1, 28)} March 2009, 10:{_random.Next(10, 59)} GMT\n\n");
        text.AppendJoin("\n\n", body).Append("\n\nPrint Sponsor\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Markets rally on hopes of recovery\n{_random.Next(1, 28):D2} Mar 09 | {Pick(Sections)}\n");
        return (new GeneratedArticle(fileName, text.ToString(), entities, facts.Distinct().ToList(), fileName), body);
    }

    private string Sentence(HashSet<string> entities, List<(string, string, string)> facts)
    {
        var (host, hostCountry, hostTitle) = Pick(_leaders);
        var (guest, guestCountry, guestTitle) = Pick(_leaders.Where(l => l.Country.Id != hostCountry.Id).ToList());
        var capital = _knowledge.Entities[Capital(hostCountry.Id)!];
        void Names(params LexiconEntity[] named) { foreach (var e in named) entities.Add(e.Id); }
        void Fact(LexiconEntity s, string type, LexiconEntity o) => facts.Add((s.Id, type, o.Id));
        string Leader(LexiconEntity person, LexiconEntity country, string title)
        {
            Names(person, country);
            Fact(person, "LEADS", country);
            return $"{Demonym(country.Id)} {title} {person.Name}";
        }

        switch (_random.Next(8))
        {
            case 0:
                Names(capital, hostCountry);
                Fact(guest, "VISITED", capital);
                Fact(guest, "VISITED", hostCountry);
                Fact(guest, "MET", host);
                return $"{Leader(guest, guestCountry, guestTitle)} arrived in {capital.Name} on {Pick(Weekdays)} for talks with {Leader(host, hostCountry, hostTitle)}.";
            case 1:
                Names(capital, guest, hostCountry);
                Fact(guest, "VISITED", capital);
                Fact(guest, "VISITED", hostCountry);
                return $"{guest.Name} will travel to {capital.Name} next month, officials said.";
            case 2:
                Names(hostCountry, guestCountry);
                Fact(hostCountry, "SOLD", guestCountry);
                return _random.Next(2) == 0
                    ? $"{guestCountry.Name} has bought {Pick(Goods)} from {hostCountry.Name} over the past decade."
                    : $"{hostCountry.Name} sold {Pick(Goods)} to {guestCountry.Name} in {_random.Next(2000, 2015)}.";
            case 3:
                Names(hostCountry, guestCountry);
                Fact(hostCountry, "FUNDED", guestCountry);
                return $"{hostCountry.Name} agreed to lend {guestCountry.Name} ${_random.Next(1, 30)} billion for {Pick(Topics)} projects.";
            case 4:
            {
                var (a, b) = TwoCompanies();
                Names(a, b);
                Fact(a, "SIGNED", b);
                return $"{a.Name} and {b.Name} signed an agreement on {Pick(Topics)}, the companies said.";
            }
            case 5:
            {
                var (a, b) = TwoCompanies();
                var field = Pick(_fields);
                Names(a, b, field);
                Fact(a, "PARTNERED_WITH", b);
                Fact(a, "DEVELOPS", field);
                Fact(b, "DEVELOPS", field);
                return $"{a.Name} and {b.Name} set up a joint venture to develop the {field.Name} field.";
            }
            case 6:
                Names(hostCountry, guestCountry);
                return $"{hostCountry.Name} did not sign any new arms contracts with {guestCountry.Name}, a spokesman said.";
            default:
                Names(guest, capital);
                return $"{guest.Name} denied that he would travel to {capital.Name} this year.";
        }
    }

    private (LexiconEntity, LexiconEntity) TwoCompanies()
    {
        var a = Pick(_companies);
        var b = Pick(_companies.Where(c => c.Id != a.Id).ToList());
        return string.CompareOrdinal(a.Id, b.Id) < 0 ? (a, b) : (b, a);
    }

    private string? Capital(string countryId) => _capitals.GetValueOrDefault(countryId);

    private string? Demonym(string countryId) => _knowledge.DemonymOf(countryId);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
