using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void Keeps_abbreviations_sums_numbers_names_and_clitics_whole()
    {
        const string text = "The U.S. lent $4bn, or 96,000 (2.17%) to al-Shahristani's firm; it didn't.";

        Tokenizer.Tokenize(text).Select(t => t.Text).Should().Equal(
            "The", "U.S.", "lent", "$4", "bn", ",", "or", "96,000", "(", "2.17%", ")", "to", "al-Shahristani", "'s", "firm", ";", "it", "did", "n't", ".");
    }

    [Fact]
    public void Gives_a_word_the_same_number_in_any_case_and_on_any_thread()
    {
        const string text = "Gazprom signed with GAZPROM and gazprom again";
        var numbers = new int[8];

        Parallel.For(0, numbers.Length, i => numbers[i] = Tokenizer.Tokenize(text)[0].Id);

        var tokens = Tokenizer.Tokenize(text);
        numbers.Should().AllBeEquivalentTo(tokens[0].Id).And.NotContain(WordIds.None);
        tokens[3].Id.Should().Be(tokens[0].Id);
        tokens[5].Id.Should().Be(tokens[0].Id);
        tokens[1].Id.Should().NotBe(tokens[0].Id);
    }

    [Fact]
    public void Keeps_combining_marks_inside_their_word()
    {
        // "Cha\u0301vez" is "Chávez" written with a combining accent, as some pages decompose it.
        Tokenizer.Tokenize("Cha\u0301vez and Ba\u0301nzer met.").Select(t => t.Text).Should().Equal("Cha\u0301vez", "and", "Ba\u0301nzer", "met", ".");
    }

    [Fact]
    public void Tells_words_capitals_numbers_and_sums_by_their_first_character()
    {
        var tokens = Tokenizer.Tokenize("Éric paid $4bn, 12 ÷ él. ǅemal got ٣ $ .");

        tokens.Select(t => (t.Text, t.IsWord, t.IsCapitalized, t.IsQuantity, t.IsSum)).Should().Equal(
            ("Éric", true, true, false, false), ("paid", true, false, false, false), ("$4", false, false, true, true), ("bn", true, false, false, false),
            (",", false, false, false, false), ("12", false, false, true, false), ("÷", false, false, false, false), ("él", true, false, false, false),
            (".", false, false, false, false), ("ǅemal", true, false, false, false), ("got", true, false, false, false), ("٣", false, false, true, false),
            ("$", false, false, false, false), (".", false, false, false, false));
    }
}
