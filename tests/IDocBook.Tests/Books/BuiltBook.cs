using IDocBook.Core;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Tests.Epub;

namespace IDocBook.Tests.Books;

/// <summary>A real book read and written once per test class, the way <c>idocbook build</c> does it.</summary>
internal sealed class BuiltBook
{
    public BuiltBook(string path)
    {
        Diagnostics = new DiagnosticSink();
        Model = IDocBook.Cli.Commands.BookInput.Read(path, Diagnostics) ?? throw new InvalidOperationException($"{path} did not load");
        using var output = new MemoryStream();
        IDocBook.Cli.Commands.EpubBuild.Write(Model, output, Diagnostics);
        Epub = EpubPackage.Open(output.ToArray());
        _pdf = new Lazy<byte[]>(() => WritePdf(Model, PdfDiagnostics));
    }

    private readonly Lazy<byte[]> _pdf;

    /// <summary>What the PDF writer said, apart from the reading and EPUB diagnostics: tests run in any order.</summary>
    public DiagnosticSink PdfDiagnostics { get; } = new();

    /// <summary>The print edition on A4, written on first use (most tests read only the EPUB).</summary>
    public byte[] Pdf => _pdf.Value;

    public static byte[] WritePdf(Book book, DiagnosticSink sink)
    {
        using var output = new MemoryStream();
        IDocBook.Pdf.PdfWriter.Write(book, new IDocBook.Pdf.PdfOptions(), output, sink);
        return output.ToArray();
    }

    public DiagnosticSink Diagnostics { get; }
    public Book Model { get; }
    public EpubPackage Epub { get; }

    /// <summary>The book in <c>book/</c>, built once for every test that reads it.</summary>
    public static BuiltBook Docker => DockerBook.Value;

    private static readonly Lazy<BuiltBook> DockerBook = new(() => new BuiltBook(Support.Repository.PathOf("book")));
}
