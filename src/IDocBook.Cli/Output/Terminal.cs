namespace IDocBook.Cli.Output;

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
