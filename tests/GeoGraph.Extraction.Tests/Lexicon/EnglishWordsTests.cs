using GeoGraph.Extraction.Lexicon;
using GeoGraph.Extraction.Syntax;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Tests.Lexicon;

/// <summary>Reading english.tsv's lines (word, Penn tags, verb lemma, noun lemma), with made-up words no real list holds.</summary>
public sealed class EnglishWordsTests
{
    [Fact]
    public void Takes_a_lemma_field_left_empty_or_equal_to_the_word_as_the_word_itself()
    {
        var words = EnglishWords.Parse("zorbing\tVBG NN\t\tzorbing\nzorbed\tVBD\tzorb\t\n");

        words.LemmaOf(Word("zorbing"), PartOfSpeech.VerbGerund).Should().Be("zorbing");
        words.LemmaOf(Word("zorbing"), PartOfSpeech.Noun).Should().Be("zorbing");
        words.LemmaOf(Word("zorbed"), PartOfSpeech.VerbPast).Should().Be("zorb");
        words.LemmaOf(Word("zorbed"), PartOfSpeech.Noun).Should().Be("zorbed");
    }

    [Fact]
    public void Keeps_the_last_line_of_a_word_listed_twice()
    {
        var words = EnglishWords.Parse("quibbits\tNNS\t\tquibbit\nquibbits\tVBZ\tquibbit\t\n");

        words.TagsOf(Word("quibbits")).Should().Equal(PartOfSpeech.VerbPresent);
        words.LemmaOf(Word("quibbits"), PartOfSpeech.VerbPresent).Should().Be("quibbit");
        words.LemmaOf(Word("quibbits"), PartOfSpeech.PluralNoun).Should().Be("quibbits");
    }

    [Fact]
    public void Refuses_a_line_without_its_four_fields()
    {
        var reading = () => EnglishWords.Parse("flonk\tNN\n");

        reading.Should().Throw<InvalidDataException>().WithMessage("*four tab-separated fields*flonk*");
    }

    private static Token Word(string word) => Tokenizer.Tokenize(word)[0];
}
