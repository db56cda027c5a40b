namespace IDocBook.Cli.Output;

/// <summary>Whether a stream gets ANSI colour: as a user of git, cargo or ripgrep expects.</summary>
internal static class Colors
{
    /// <summary>
    /// <c>always</c> and <c>never</c> decide; <c>auto</c> colours a terminal, never a pipe or a
    /// file, and never when <c>NO_COLOR</c> is set to anything (no-color.org) or <c>TERM=dumb</c>.
    /// A command-line choice wins over <c>NO_COLOR</c>, as that convention asks.
    /// </summary>
    public static bool Enabled(ColorMode mode, bool redirected) => mode switch
    {
        ColorMode.Always => true,
        ColorMode.Never => false,
        _ => !redirected && !Terminal.Dumb && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
    };
}
