using System.Diagnostics;
using IDocBook.Tests.Books;
using IDocBook.Tests.Epub;
using Shouldly;

namespace IDocBook.Tests.Hostile;

/// <summary>Builds a hostile book the way <c>idocbook build</c> does and checks what must hold whatever the input.</summary>
internal static class HostileBook
{
    /// <summary>
    /// Reads and writes the book, asserting a sound EPUB; returns it with the time taken, for the
    /// test's output only: speed is measured in bench/, never asserted in a test (a loaded machine
    /// would fail it).
    /// </summary>
    public static (BuiltBook Book, TimeSpan Time) Build(string path)
    {
        var watch = Stopwatch.StartNew();
        var book = new BuiltBook(path);
        var time = watch.Elapsed;
        EpubInvariants.ManifestIsComplete(book.Epub);
        EpubInvariants.XhtmlIsWellFormed(book.Epub);
        EpubInvariants.EveryLinkResolves(book.Epub);
        return (book, time);
    }

    public static string[] Codes(BuiltBook book) => FixtureBooks.Codes(book);

    public static string Chapter(BuiltBook book, int index = 0) =>
        book.Epub.Text($"OEBPS/text/{book.Model.Chapters.ElementAt(index).Id}.xhtml");
}
