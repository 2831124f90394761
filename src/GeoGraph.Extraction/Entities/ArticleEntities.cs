using System.Text;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Scratch;

namespace GeoGraph.Extraction.Entities;

/// <summary>The entities of one article: those the lexicon knows and those discovered in its text.</summary>
public sealed class ArticleEntities(KnowledgeBase knowledge)
{
    // Lent for the article: read only while it is extracted.
    private readonly Dictionary<string, LexiconEntity> _discovered = ScratchDictionaries<string, LexiconEntity>.Rent();

    // The lexicon is asked first: most ids are in it, and its frozen table answers faster than the article's own.
    public LexiconEntity Get(string id) =>
        knowledge.Entities.TryGetValue(id, out var entity) ? entity : _discovered[id];

    public EntityType TypeOf(string id) => Get(id).Type;

    /// <summary>A mention of an entity this table holds, with the type and name the table gives it.</summary>
    public Mention Mention(int firstToken, int endToken, int start, int end, string id, MentionKind kind, bool possessive = false) =>
        new(firstToken, endToken, start, end, Get(id), kind) { Possessive = possessive };

    /// <summary>A mention of an entity of the lexicon, as its <see cref="NameIndex"/> found it: the table's own entry, unsearched.</summary>
    public Mention Mention(int firstToken, int endToken, int start, int end, LexiconEntity known, MentionKind kind) =>
        new(firstToken, endToken, start, end, known, kind);

    /// <summary>The words of a mention standing for a country ("Moscow said" for Russia), typed as this table types that country.</summary>
    public Mention Metonym(Mention place, string countryId) =>
        Mention(place.FirstToken, place.EndToken, place.Start, place.End, countryId, MentionKind.Metonym, place.Possessive);

    /// <summary>Whether the entity was found by its context in this article rather than known from the lexicon.</summary>
    public bool IsDiscovered(string id) => _discovered.ContainsKey(id);

    /// <summary>
    /// Registers an entity found by its context, not the lexicon; a known id keeps the lexicon's entry, and a registered
    /// entity keeps its type (mentions carry it).
    /// </summary>
    public string Discover(string name, EntityType type, string? nationality = null)
    {
        var id = EntityIds.Slug(name);
        if (!knowledge.Entities.ContainsKey(id)) _discovered.TryAdd(id, new LexiconEntity(id, name, type) { Nationality = nationality });
        return id;
    }

    // Most articles need few of the tables below: each is rented for the article when something first goes in.
    private Dictionary<string, string>? _acronyms;
    private IReadOnlySet<string>? _nameWords;
    private Dictionary<string, string>? _foldedNames;
    private HashSet<string>? _personsMentioned;

    /// <summary>Ordinary English words this article writes only as names ("Shell", "Amey"): see <see cref="CapitalisedNames"/>.</summary>
    public void SetNameWords(IReadOnlySet<string> folded) => _nameWords = folded;

    public bool IsNameWord(string folded) => _nameWords?.Contains(folded) == true;

    /// <summary>"the Economic Community of West African States (ECOWAS)": the acronym names the same entity from then on.</summary>
    public void AddAcronym(string acronym, string id) => (_acronyms ??= ScratchDictionaries<string, string>.Rent()).TryAdd(acronym, id);

    public string? EntityOfAcronym(string acronym) => _acronyms?.GetValueOrDefault(acronym);

    // Kept by id: an id's name does not change once the table holds it, and every caller passes that name.
    private string FoldedName(string id, string name)
    {
        var foldedNames = _foldedNames ??= ScratchDictionaries<string, string>.Rent();
        if (!foldedNames.TryGetValue(id, out var folded)) foldedNames[id] = folded = Text.TextFolding.Fold(name);
        return folded;
    }

    /// <summary>Whether the name of a mentioned entity is of two words or more and ends with these folded words ("refinery" for "Dangote Petroleum Refinery").</summary>
    public bool NameEndsWithWord(Mention mention, string folded) => NameEndsWithWord(mention.EntityId, mention.EntityName, folded);

    private bool NameEndsWithWord(string id, string name, string folded) =>
        // Most names are ASCII, which folds to lower case alone: they are compared as they stand instead of folded.
        Ascii.IsValid(name) && Ascii.IsValid(folded)
            ? EndsWithWord(name, folded, StringComparison.OrdinalIgnoreCase)
            : EndsWithWord(FoldedName(id, name), folded, StringComparison.Ordinal);

    private static bool EndsWithWord(string name, string folded, StringComparison comparison) =>
        name.Length > folded.Length && name.EndsWith(folded, comparison) && name[^(folded.Length + 1)] == ' ';

    /// <summary>Records the people a sentence names, so that later sentences can call them by their family names.</summary>
    public void NoteMentioned(List<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.EntityType == EntityType.Person) (_personsMentioned ??= ScratchSets<string>.Rent()).Add(mention.EntityId);
        }
    }

    /// <summary>A person this article named in full whose name ends with these folded words ("gopinath", "pena nieto", "brown").</summary>
    public string? PersonEndingWith(string folded)
    {
        // Those it introduced first, then those the lexicon knows.
        foreach (var entity in _discovered.Values)
        {
            if (entity.Type == EntityType.Person && NameEndsWithWord(entity.Id, entity.Name, folded)) return entity.Id;
        }
        if (_personsMentioned is null) return null;
        foreach (var id in _personsMentioned)
        {
            if (NameEndsWithWord(id, Get(id).Name, folded)) return id;
        }
        return null;
    }

    /// <summary>A person the article introduced, heading an organisation or country, is taken to share its country.</summary>
    public void InferNationality(string personId, string heldId)
    {
        if (_discovered.TryGetValue(personId, out var person) && person.Nationality is null && CountryOf(heldId) is { } country)
            _discovered[personId] = person with { Nationality = country };
    }

    public IReadOnlyList<Role> RolesOf(string personId) => Get(personId).Roles;

    /// <summary>The country an entity belongs to, when known: a person's nationality, a city's country.</summary>
    public string? CountryOf(string id) => Get(id) switch
    {
        { Type: EntityType.Country } => id,
        var e => e.Nationality,
    };
}
