namespace IDocBook.Cli.Commands;

internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The book has errors: outputs may be written, but are not what the author meant.</summary>
    public const int BookErrors = 1;
    public const int Usage = 2;
    /// <summary>A bug in IDocBook: an exception nothing else caught (see <see cref="InternalError"/>).</summary>
    public const int Internal = 3;
}
