using GeoGraph.Extraction.Syntax;

namespace GeoGraph.Extraction.Tests.Syntax;

public sealed class ClauseParsingTests
{
    [Fact]
    public void Finds_the_subject_across_an_apposition()
    {
        var sign = Parsing.Parse("Igor Sechin, the Rosneft chairman, signed the deal with PDVSA.").Clause("sign");
        sign.SubjectIds().Should().Equal("igor-sechin");
        sign.Ids("with").Should().Equal("pdvsa");
    }

    [Fact]
    public void Finds_the_subject_after_a_relative_clause_set_off_by_commas()
    {
        var operate = Parsing.Parse("Gazprom, which was founded in 1989 and grew quickly, operates the Shtokman field.").Clause("operate");
        operate.SubjectIds().Should().Equal("gazprom");
    }

    [Fact]
    public void Gives_a_relative_clause_its_antecedent_as_subject()
    {
        Parsing.Parse("Rosneft, which signed the deal, is run by Igor Sechin.").Clause("sign").SubjectIds().Should().Equal("rosneft");
    }

    [Fact]
    public void Reads_the_passive_with_its_agent()
    {
        var sign = Parsing.Parse("The agreement was signed by Rosneft and PDVSA.").Clause("sign");
        sign.Verb.Passive.Should().BeTrue();
        sign.Ids("by").Should().Equal("rosneft", "pdvsa");
    }

    [Fact]
    public void Coordinates_subjects_and_keeps_a_sentence_opening_phrase_out()
    {
        var sign = Parsing.Parse("In Caracas, Russia and Venezuela signed an accord.").Clause("sign");
        sign.SubjectIds().Should().Equal("russia", "venezuela");
    }

    [Fact]
    public void Shares_the_subject_with_a_coordinated_verb_but_not_with_a_relative_clause()
    {
        var sign = Parsing.Parse("Putin opened a factory that builds tractors and signed a deal.").Clause("sign");
        sign.SubjectIds().Should().Equal("vladimir-putin");
    }

    [Theory]
    [InlineData("Russia hopes to sell jets to India.", Modality.Speculative)]
    [InlineData("Russia refused to sell jets to India.", Modality.Negated)]
    [InlineData("Russia plans to sell jets to India.", Modality.Planned)]
    [InlineData("Russia will sell jets to India.", Modality.Planned)]
    [InlineData("Russia could sell jets to India.", Modality.Speculative)]
    [InlineData("Russia did not sell jets to India.", Modality.Negated)]
    [InlineData("Reports that Russia sold jets to India were denied.", Modality.Speculative)]
    [InlineData("The Kremlin denied that Russia sold jets to India.", Modality.Negated)]
    [InlineData("If Russia sells jets to India, China will protest.", Modality.Speculative)]
    [InlineData("Russia sold jets to India.", Modality.Asserted)]
    [InlineData("Russia is likely to sell jets to India.", Modality.Speculative)]
    [InlineData("Russia is expected to sell jets to India.", Modality.Planned)]
    [InlineData("Russia is to sell jets to India.", Modality.Planned)]
    [InlineData("Russia no longer sells jets to India.", Modality.Negated)]
    public void Reads_how_the_clause_presents_its_event(string sentence, Modality modality)
    {
        var sell = Parsing.Parse(sentence).Clause("sell");
        sell.Modality.Should().Be(modality);
        sell.SubjectIds().Should().Equal("russia");
        sell.Ids("to").Should().Equal("india");
    }

    [Theory]
    [InlineData("No agreements were signed between Russia and Iran.")]
    [InlineData("No Russian officials signed the agreement.")]
    public void Negates_a_clause_whose_subject_says_no(string sentence)
    {
        Parsing.Parse(sentence).Clause("sign").Modality.Should().Be(Modality.Negated);
    }

    [Fact]
    public void Keeps_a_condition_to_its_own_clause()
    {
        var parse = Parsing.Parse("Once Russia signed the deal, Putin visited Caracas.");
        parse.Clause("sign").Modality.Should().Be(Modality.Speculative);
        parse.Clause("visit").Modality.Should().Be(Modality.Asserted);
    }

    [Fact]
    public void Tells_a_noun_from_the_same_word_as_a_verb()
    {
        var parse = Parsing.Parse("Putin will visit Hanoi after a visit to Beijing.");
        parse.Clauses.Should().ContainSingle(c => c.Verb.Lemma == "visit");
        parse.Nouns.Should().Contain(n => n.Noun.HeadLemma == "visit");
    }

    [Fact]
    public void Keeps_a_hyphenated_compound_inside_its_noun_phrase()
    {
        var sign = Parsing.Parse("QatarEnergy signed a 27-year deal to supply China's Sinopec with gas.").Clause("sign");
        sign.Objects.Should().ContainSingle().Which.HeadLemma.Should().Be("deal");
        sign.Complement!.ObjectIds().Should().Equal("sinopec");
    }

    [Fact]
    public void Equates_a_noun_with_the_names_a_copula_gives_it()
    {
        var parse = Parsing.Parse("The companies involved in Junin 6 are Rosneft and Lukoil.");
        var involve = parse.Clause("involve");
        involve.Subjects.SelectMany(parse.ReferentsOf).Select(m => m.EntityId).Should().Equal("rosneft", "lukoil");
    }

    [Fact]
    public void Lets_a_name_before_the_noun_of_its_kind_name_the_phrase()
    {
        Parsing.Parse("PDVSA will develop the Carabobo 3 field.").Clause("develop").ObjectIds().Should().Equal("carabobo-3");
    }
}
