using GeoGraph.Extraction.Entities;
using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Tests.Entities;

public sealed class ArticleEntitiesTests
{
    private readonly ArticleEntities _entities = new(KnowledgeBase.Default);

    [Theory]
    [InlineData("Dangote Petroleum Refinery", "refinery", true)]
    [InlineData("Dangote Petroleum Refinery", "petroleum refinery", true)]
    [InlineData("Dangote Petroleum Refinery", "petroleum", false)]
    [InlineData("Dangote Petroleum Refinery", "inery", false)]
    [InlineData("Refinery", "refinery", false)]
    [InlineData("Refinería de Cartagena", "cartagena", true)]
    [InlineData("Compañía Minera Antamina", "minera antamina", true)]
    [InlineData("Empresa Nacional del Petróleo", "petroleo", true)]
    public void A_name_of_two_words_or_more_ends_with_a_folded_word(string name, string folded, bool endsWithIt)
    {
        var mention = _entities.Mention(0, 1, 0, name.Length, _entities.Discover(name, EntityType.Organization), MentionKind.Name);

        _entities.NameEndsWithWord(mention, folded).Should().Be(endsWithIt);
    }

    [Theory]
    [InlineData("Teodoro Vargas Pimentel", "vargas pimentel")]
    [InlineData("Inés Aréchaga Núñez", "nunez")]
    public void Finds_a_person_introduced_in_full_by_the_folded_end_of_the_name(string name, string folded)
    {
        var id = _entities.Discover(name, EntityType.Person);

        _entities.PersonEndingWith(folded).Should().Be(id);
        _entities.PersonEndingWith("teodoro").Should().BeNull();
    }
}
