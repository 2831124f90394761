using Spectre.Console;

namespace GeoGraph.Cli.Output;

/// <summary>
/// The console Spectre writes to: colours and live progress only on a terminal. Spectre guesses colour support from
/// TERM even when the output goes to a pipe or a file, which left escape codes in logs.
/// </summary>
internal static class TerminalOutput
{
    public static IAnsiConsole Create()
    {
        var redirected = Console.IsOutputRedirected;
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
    }
}
