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

    private static readonly Dictionary<string, string> CurrencyWords = new(StringComparer.Ordinal)
    {
        ["dollars"] = "USD", ["dollar"] = "USD", ["usd"] = "USD", ["euros"] = "EUR", ["euro"] = "EUR", ["eur"] = "EUR",
        ["roubles"] = "RUB", ["rubles"] = "RUB", ["rub"] = "RUB", ["pounds"] = "GBP", ["yuan"] = "CNY",
        ["bolivars"] = "VES", ["bolivares"] = "VES",
    };

    /// <summary>The amount a sentence states: its first with a currency, else its first; a currency-less number counts only with a scale word.</summary>
    public static MoneyAmount? Stated(List<Token> tokens, string text)
    {
        MoneyAmount? first = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (AmountAt(tokens, i, text, out var end) is not { } amount) continue;
            if (amount.Currency is not null) return amount;
            first ??= amount;
            i = end - 1;
        }
        return first;
    }

    /// <summary>The amount starting at token <paramref name="i"/>, and the token after it.</summary>
    private static MoneyAmount? AmountAt(List<Token> tokens, int i, string text, out int end)
    {
        end = i + 1;
        var token = tokens[i].Text;
        var currency = token.Length > 1 ? CurrencyOfSymbol(token[0]) : null;
        if (!char.IsDigit(token[currency is null ? 0 : 1])) return null;
        var digits = currency is null ? token : token[1..];
        if (!decimal.TryParse(digits.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return null;
        var scaled = false;
        if (end < tokens.Count && Scales.TryGetValue(tokens[end].Folded, out var scale))
        {
            // A figure too large for a decimal once scaled is no sum anyone states, and must not stop the article.
            if (value > decimal.MaxValue / scale) return null;
            value *= scale;
            scaled = true;
            end++;
        }
        if (end < tokens.Count && CurrencyWords.TryGetValue(tokens[end].Folded, out var word)) { currency ??= word; end++; }
        if (currency is null && !scaled) return null;
        return new MoneyAmount(value, currency, text[tokens[i].Start..tokens[end - 1].End]);
    }

    private static string? CurrencyOfSymbol(char symbol) => symbol switch
    {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        _ => null,
    };
}
