namespace IDocBook.Cli.Commands;

/// <summary>
/// The last resort: an exception nothing else caught is a bug in IDocBook, not a problem of the
/// book. It is told in one line (the stack trace only with <c>-v</c>), the exit code is 3, and
/// outputs were never committed (see <see cref="Outputs"/>), so nothing half-written is left.
/// </summary>
internal static class InternalError
{
    public static int Report(Exception e, bool verbose, TextWriter error)
    {
        var inner = e is AggregateException { InnerExceptions.Count: > 0 } a ? a.InnerExceptions[0] : e;
        var message = inner.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
        error.WriteLine($"idocbook: internal error: {inner.GetType().Name}: {message}. This is a bug in IDocBook: please report it, with the command and the book that caused it{(verbose ? "" : " (run with -v for the stack trace)")}.");
        if (verbose) error.WriteLine(inner.ToString());
        return ExitCodes.Internal;
    }
}
