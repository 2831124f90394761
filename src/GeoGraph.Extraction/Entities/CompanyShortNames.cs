using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Scratch;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Entities;

/// <summary>
/// "BAE Systems won the contract … BAE chief executive Charles Woodburn": an organisation the article names in full and
/// also without the last word that says what it is ("Systems", "Group", "Steel") is one organisation. The short name,
/// which the recogniser took for an organisation of its own, is linked to the full one; a short name that two of the
/// article's organisations share ("Hyundai Motor", "Hyundai Steel") is left as it is.
/// </summary>
internal static class CompanyShortNames
{
    private const string Shared = "";

    public static void Link(List<SentenceMentions> sentences, ArticleEntities entities, PhraseSet orgHeadNouns)
    {
        // The short name, folded, of each organisation named in full: the full one's id, or Shared.
        var fullNames = ScratchDictionaries<string, string>.Rent();
        foreach (var sentence in sentences)
        {
            foreach (var m in sentence.Mentions)
            {
                if (m.Kind != MentionKind.Name || m.EntityType != EntityType.Organization || ShortName(m.EntityName, orgHeadNouns) is not { } shortName) continue;
                fullNames[shortName] = fullNames.TryGetValue(shortName, out var other) && other != m.EntityId ? Shared : m.EntityId;
            }
        }
        if (fullNames.Count == 0) return;
        foreach (var sentence in sentences)
        {
            for (var k = 0; k < sentence.Mentions.Count; k++)
            {
                var m = sentence.Mentions[k];
                if (m.Kind == MentionKind.Name && m.EntityType == EntityType.Organization && entities.IsDiscovered(m.EntityId)
                    && fullNames.GetValueOrDefault(TextFolding.Fold(m.EntityName)) is { Length: > 0 } full && full != m.EntityId)
                    sentence.Mentions[k] = entities.Mention(m.FirstToken, m.EndToken, m.Start, m.End, full, m.Kind, m.Possessive);
            }
        }
    }

    /// <summary>"BAE Systems": "bae"; null for a name of one word or one whose last word says nothing of what it is.</summary>
    private static string? ShortName(string name, PhraseSet orgHeadNouns)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && orgHeadNouns.Contains(TextFolding.Fold(name[(space + 1)..])) ? TextFolding.Fold(name[..space]) : null;
    }
}
