using System.Globalization;
using GeoGraph.Extraction.Model;
using GeoGraph.Extraction.Text;

namespace GeoGraph.Extraction.Relations;

/// <summary>Reads amounts of money from tokens: "$20 billion", "$4bn", "600 million roubles", "€1.5bn".</summary>
public static class MoneyReader
{
    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1e3m, ["k"] = 1e3m, ["million"] = 1e6m, ["m"] = 1e6m, ["mln"] = 1e6m, ["mn"] = 1e6m,
        ["billion"] = 1e9m, ["bn"] = 1e9m, ["b"] = 1e9m, ["bln"] = 1e9m, ["trillion"] = 1e12m, ["tn"] = 1e12m,
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY",
    };

    private static readonly Dictionary<string, string> CurrencyWords = new(StringComparer.Ordinal)
    {
        ["dollars"] = "USD", ["dollar"] = "USD", ["usd"] = "USD", ["euros"] = "EUR", ["euro"] = "EUR", ["eur"] = "EUR",
        ["roubles"] = "RUB", ["rubles"] = "RUB", ["rub"] = "RUB", ["pounds"] = "GBP", ["yuan"] = "CNY",
        ["bolivars"] = "VES", ["bolivares"] = "VES",
    };

    /// <summary>All amounts in the token range, in order; a currency-less number counts only with a scale word.</summary>
    public static IEnumerable<(MoneyAmount Amount, int Token)> Read(List<Token> tokens, string text)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i].Text;
            var currency = token.Length > 1 && Symbols.TryGetValue(token[..1], out var symbol) ? symbol : null;
            var digits = currency is null ? token : token[1..];
            if (!char.IsDigit(digits[0]) || !decimal.TryParse(digits.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                continue;
            var end = i + 1;
            var scaled = false;
            if (end < tokens.Count && Scales.TryGetValue(tokens[end].Folded, out var scale))
            {
                value *= scale;
                scaled = true;
                end++;
            }
            if (end < tokens.Count && CurrencyWords.TryGetValue(tokens[end].Folded, out var word)) { currency ??= word; end++; }
            if (currency is null && !scaled) continue;
            yield return (new MoneyAmount(value, currency, text[tokens[i].Start..tokens[end - 1].End]), i);
            i = end - 1;
        }
    }
}
