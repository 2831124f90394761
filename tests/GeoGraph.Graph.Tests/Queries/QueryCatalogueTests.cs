using GeoGraph.Graph.Embedded;
using GeoGraph.Graph.Queries;

namespace GeoGraph.Graph.Tests.Queries;

public sealed class QueryCatalogueTests
{
    [Fact]
    public void Every_canned_query_has_an_embedded_counterpart_and_every_counterpart_a_query()
    {
        QueryCatalogue.Default.All.Select(q => q.Name).Should().BeEquivalentTo(EmbeddedQueries.ByName.Keys);
    }

    [Fact]
    public void Offers_the_queries_the_product_promises()
    {
        QueryCatalogue.Default.All.Select(q => q.Name).Should().Contain(
            ["entity", "relations", "visits", "deals-between", "arms-sales", "money-flows", "shortest-path", "article"]);
    }

    [Fact]
    public void Reads_description_and_parameters_from_the_header_comment()
    {
        var query = QueryCatalogue.Parse("demo", "// Finds things.\n// @param limit int Maximum rows\n// @param type string? A type\nMATCH (n) RETURN n LIMIT $limit");

        query.Description.Should().Be("Finds things.");
        query.Parameters.Should().BeEquivalentTo([
            new QueryParameter("limit", ParameterType.Integer, false, "Maximum rows"),
            new QueryParameter("type", ParameterType.String, true, "A type"),
        ]);
    }

    [Fact]
    public void Describes_every_query_and_each_of_its_parameters()
    {
        QueryCatalogue.Default.All.Should().OnlyContain(q => q.Description.Length > 10 && q.Parameters.All(p => p.Description.Length > 0));
    }

    [Theory]
    [InlineData("limit", "ten", "must be a whole number")]
    [InlineData("colour", "red", "has no parameter")]
    public void Refuses_malformed_or_unknown_arguments(string name, string value, string message)
    {
        var query = QueryCatalogue.Default["relations"];
        var bind = () => QueryCatalogue.Bind(query, new Dictionary<string, string?> { [name] = value });
        bind.Should().Throw<QueryArgumentException>().Where(e => e.Parameter == name && e.Message.Contains(message));
    }

    [Fact]
    public void Refuses_a_missing_required_argument()
    {
        var bind = () => QueryCatalogue.Bind(QueryCatalogue.Default["entity"], new Dictionary<string, string?>());
        bind.Should().Throw<QueryArgumentException>().Which.Parameter.Should().Be("id");
    }
}
