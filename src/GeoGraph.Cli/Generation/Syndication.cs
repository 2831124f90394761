using System.Globalization;
using System.Text;

namespace GeoGraph.Cli.Generation;

/// <summary>
/// Makes a syndicated copy of a generated story, as another site runs an agency's report: its own menu, headline,
/// byline, date line, share buttons and footer around the same paragraphs, with a few light edits (an attribution
/// reworded, a spelling changed, a closing line added). The facts stay those of the original.
/// </summary>
internal sealed class Syndication(Random random)
{
    /// <summary>A copy is of one of the last this many original stories: sites pick up a report within days.</summary>
    public const int RecentStories = 50;

    private const int MostEdits = 2;
    private const double ClosingLineShare = 0.3;

    private static readonly string[] Sites = ["News | Politics | Markets | Opinion", "Top Stories · World · Energy · Defence", "Home » International » Economy"];
    private static readonly string[] Headlines =
    [
        "Leaders talk trade, loans and arms", "Deals and visits dominate a busy week", "Governments and companies sign up",
        "Diplomacy and energy deals in focus", "New agreements announced",
    ];
    private static readonly string[] Bylines = ["By Staff Reporter", "By our foreign desk", "From wire reports", "By Maria Lopez, Correspondent"];
    private static readonly string[] ClosingLines =
    [
        "The reports could not be independently verified.", "Further details were not immediately available.",
        "Officials declined to comment further on Friday.",
    ];

    /// <summary>Rewordings that leave every fact as it was: attributions, spellings, and phrasings of time.</summary>
    private static readonly (string From, string To)[] Edits =
    [
        (", officials said.", ", officials told reporters."),
        (", the companies said.", ", the two companies said."),
        (", a spokesman said.", ", a government spokesman said."),
        ("over the past decade", "over the last ten years"),
        ("air defence systems", "air defense systems"),
        ("this year.", "this year at all."),
        (" projects.", " projects, according to officials."),
    ];

    public GeneratedArticle Copy(GeneratedArticle original, IReadOnlyList<string> body, string fileName)
    {
        var edited = body.ToList();
        var edits = random.Next(1, MostEdits + 1);
        for (var made = 0; made < edits; made++)
        {
            var (from, to) = Edits[random.Next(Edits.Length)];
            var candidates = Enumerable.Range(0, edited.Count).Where(i => edited[i].Contains(from, StringComparison.Ordinal)).ToList();
            if (candidates.Count == 0) continue;
            var at = candidates[random.Next(candidates.Count)];
            edited[at] = edited[at].Replace(from, to, StringComparison.Ordinal);
        }
        if (random.NextDouble() < ClosingLineShare) edited.Add(ClosingLines[random.Next(ClosingLines.Length)]);

        var text = new StringBuilder();
        text.Append(Sites[random.Next(Sites.Length)]).Append("\n\n");
        text.Append(Headlines[random.Next(Headlines.Length)]).Append('\n');
        text.Append(Bylines[random.Next(Bylines.Length)]).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"Published: {random.Next(1, 28)} March 2009\n\n");
        text.AppendJoin("\n\n", edited).Append("\n\n");
        text.Append("Share this article | Facebook | X | Email\n");
        text.Append("Copyright 2009 the publishers. All rights reserved.\n");
        return original with { FileName = fileName, Text = text.ToString() };
    }
}
