namespace IDocBook.Cli.Output;

/// <summary><c>--color auto|always|never</c>.</summary>
internal enum ColorMode { Auto, Always, Never }

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

/// <summary>What the terminal is.</summary>
internal static class Terminal
{
    /// <summary><c>TERM=dumb</c>: a terminal that understands no escape sequences (Emacs' shell, some CI logs).</summary>
    public static bool Dumb => Environment.GetEnvironmentVariable("TERM") == "dumb";

    /// <summary>The terminal's width in columns, or 80 when it cannot be asked.</summary>
    public static int Width
    {
        get
        {
            try
            {
                return Console.WindowWidth is > 10 and var w ? w : 80;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or PlatformNotSupportedException)
            {
                return 80;
            }
        }
    }
}
