using IDocBook.Core.Diagnostics;

namespace IDocBook.Cli.Output;

/// <summary>
/// A diagnostic with its file as the user can open it: joined to the book's folder as the user
/// typed it (<c>book/SUMMARY.md</c>), since places in the model are relative to the book.
/// </summary>
internal static class ShownDiagnostic
{
    public static Diagnostic For(Diagnostic d, string bookPath)
    {
        if (d.Source is not { File.Length: > 0 } s || Path.IsPathRooted(s.File)) return d;
        return d with { Source = s with { File = Path.Combine(Root(bookPath), s.File) } };
    }

    private static string Root(string bookPath)
    {
        try
        {
            return File.Exists(bookPath) ? Path.GetDirectoryName(bookPath) ?? "" : bookPath;
        }
        catch (ArgumentException)
        {
            return "";
        }
    }
}
