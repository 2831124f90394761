using GeoGraph.Extraction.Model;

namespace GeoGraph.Extraction.Tests.Relations;

public sealed class SaleTests
{
    [Theory]
    [InlineData("Russia sold 24 fighter jets to Algeria in 2006.", "Russia SOLD Algeria")]
    [InlineData("Ecuador has bought helicopters and radars from China.", "China SOLD Ecuador")]
    [InlineData("Critics worry about weapons purchases from Russia by Syria.", "Russia SOLD Syria")]
    [InlineData("India is one of the biggest customers of the Russian arms industry.", "Russia SOLD India")]
    [InlineData("Nigeria exports most of its crude to India.", "Nigeria SOLD India")]
    [InlineData("Fincantieri will build two frigates for Indonesia.", "Fincantieri SOLD Indonesia")]
    [InlineData("Embraer has won a contract to build transport planes for Austria.", "Embraer SOLD Austria")]
    public void Reads_seller_and_buyer_in_either_voice(string sentence, string fact) =>
        Extraction.Facts(sentence).Should().Contain(fact);

    [Fact]
    public void Reads_the_direct_object_as_the_goods_when_a_receiver_follows_to()
    {
        Extraction.Facts("BioNile has already exported Nilovax to Sudan and Chad.")
            .Should().Contain(["BioNile SOLD Sudan", "BioNile SOLD Chad"]).And.NotContain("BioNile SOLD Nilovax");
    }

    [Fact]
    public void Reads_no_party_in_a_list_of_things_between_commas()
    {
        Extraction.Facts("The two jets, Rafales and Mirages, were sold to India by France.")
            .Should().Contain("France SOLD India").And.NotContain(f => f.StartsWith("France SOLD Ra", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_a_description_as_the_nearby_entity_of_its_type_before_a_distant_one_it_names()
    {
        Extraction.Facts("The World Bank approved a loan to Ghana in March. Cocoa prices rose. Exports grew. Inflation fell. "
                         + "The cedi firmed. Sberbank opened an office in Accra. The bank also lent Ghana $1bn.")
            .Should().Contain("Sberbank FUNDED Ghana");
    }

    [Fact]
    public void Reads_a_noun_that_ends_an_entitys_name_as_that_entity_however_far_back()
    {
        Extraction.Facts("The Dangote Petroleum Refinery opened in May. It is the largest in Africa. Nigeria hailed it. Ghana did too. "
                         + "Traders were pleased. Prices fell. The refinery sold fuel to Togo.")
            .Should().Contain("Dangote Petroleum Refinery SOLD Togo");
    }

    [Fact]
    public void Keeps_the_items_sold()
    {
        var sale = Extraction.Single("Russia delivered tanks and the S-300 missile system to Iran.", RelationType.Sold);
        sale.Items.Should().Contain(["S-300", "tanks"]);
    }

    [Theory]
    [InlineData("Rosneft was seeking to buy stakes in refineries from Germany.")]
    [InlineData("Peru bought shares in the company on the stock market.")]
    [InlineData("Vietnam would like to double its order of submarines from Russia.")]
    public void Reads_no_sale_of_stakes_or_of_wished_for_goods(string sentence) =>
        Extraction.Of(sentence).Relations.Should().NotContain(r => r.Type == RelationType.Sold);

    [Fact]
    public void Reads_no_sale_from_a_report_that_was_denied()
    {
        Extraction.Of("Reports this week that Russia had agreed to sell Venezuela more missiles were denied by the Kremlin.").Relations
            .Should().NotContain(r => r.Type == RelationType.Sold);
    }

    [Theory]
    [InlineData("Indonesia's defence ministry signed a contract with Naval Group for two Scorpene submarines.", "Naval Group SOLD Indonesia")]
    [InlineData("Embraer signed a contract with Austria for four C-390 aircraft.", "Embraer SOLD Austria")]
    public void Reads_a_contract_for_goods_between_a_company_and_a_government_as_a_sale(string sentence, string fact) =>
        Extraction.Facts(sentence).Should().Contain(fact);

    [Fact]
    public void Reads_the_maker_of_goods_sold_with_no_seller_named_as_the_seller()
    {
        Extraction.Facts("Hundreds of K2 tanks, which are manufactured by Hyundai Rotem, have been sold to Poland.")
            .Should().Contain("Hyundai Rotem SOLD Poland");
    }
}
