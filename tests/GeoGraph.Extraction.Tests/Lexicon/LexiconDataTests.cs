using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Syntax;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Tests.Lexicon;

/// <summary>The generated data files load and say what their sources say.</summary>
public sealed class LexiconDataTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Default;

    [Theory]
    [InlineData("signed", PartOfSpeech.VerbPast, "sign")]
    [InlineData("signed", PartOfSpeech.VerbParticiple, "sign")]
    [InlineData("sold", PartOfSpeech.VerbPast, "sell")]
    [InlineData("are", PartOfSpeech.Verb, "be")]
    [InlineData("meetings", PartOfSpeech.PluralNoun, "meeting")]
    [InlineData("meeting", PartOfSpeech.Noun, "meeting")]
    [InlineData("meeting", PartOfSpeech.VerbGerund, "meet")]
    public void Gives_a_listed_words_parts_of_speech_and_its_lemma_as_the_part_of_speech_it_has(string word, PartOfSpeech tag, string lemma)
    {
        var token = Tokenizer.Tokenize(word)[0];
        Knowledge.English.Lists(word).Should().BeTrue();
        Knowledge.English.TagsOf(token).Should().Contain(tag);
        Knowledge.English.LemmaOf(token, tag).Should().Be(lemma);
    }

    [Fact]
    public void Tells_common_words_from_names_and_knows_capitalised_adjectives()
    {
        Knowledge.English.IsCommonWord(Tokenizer.Tokenize("Shell")[0]).Should().BeTrue();
        Knowledge.English.IsCommonWord(Tokenizer.Tokenize("Ryanair")[0]).Should().BeFalse();
        Knowledge.English.IsAdjective("Spanish").Should().BeTrue();
    }

    [Fact]
    public void Gives_no_parts_of_speech_for_a_word_the_list_lacks()
    {
        Knowledge.English.TagsOf(Tokenizer.Tokenize("Ryanair")[0]).Should().BeNull();
        Knowledge.English.Lists("ryanair").Should().BeFalse();
    }

    [Theory]
    [InlineData("the")]
    [InlineData("two")]
    [InlineData("both")]
    [InlineData("it")]
    [InlineData("he")]
    [InlineData("herself")]
    public void Lists_the_words_the_resolver_compares_by_number_so_they_are_numbered_before_any_article(string word) =>
        (Knowledge.English.Lists(word) || Knowledge.Vocabulary.StopWords.Contains(word)).Should().BeTrue();

    [Fact]
    public void Types_every_capital_a_city_as_the_metonym_rule_assumes() =>
        Knowledge.Entities.Values.Where(e => e.CapitalOf is not null).Should().NotBeEmpty()
            .And.OnlyContain(e => e.Type == EntityType.City);

    [Fact]
    public void Knows_the_world_s_cities_and_their_countries()
    {
        var nairobi = Knowledge.Cities.Find("nairobi");
        nairobi.Should().NotBeNull();
        Knowledge.CountryIdOfCode(nairobi!.CountryCode).Should().Be("kenya");
        Knowledge.Cities.Find("ryanair").Should().BeNull();
    }

    [Fact]
    public void Knows_given_names_from_many_languages()
    {
        foreach (var name in new[] { "rodrigo", "fatima", "mohammed", "igor", "gordon" })
            Knowledge.Vocabulary.GivenNames.Contains(name).Should().BeTrue(name);
        Knowledge.Vocabulary.GivenNames.Contains("june").Should().BeFalse("month names are left out");
    }

    [Fact]
    public void Declares_every_scored_relation_type_once()
    {
        Knowledge.RelationFamilies.Select(f => f.Type).Should().OnlyHaveUniqueItems().And.HaveCount(8);
        Knowledge.RelationFamilies.Should().OnlyContain(f => f.Verbs.Count > 0 && f.Verbs.All(v => v.Lemmas.All(l => l == l.ToLowerInvariant())));
    }
}
