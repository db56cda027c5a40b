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
    }

    public DiagnosticSink Diagnostics { get; }
    public Book Model { get; }
    public EpubPackage Epub { get; }

    /// <summary>The book in <c>book/</c>, built once for every test that reads it.</summary>
    public static BuiltBook Docker => DockerBook.Value;

    private static readonly Lazy<BuiltBook> DockerBook = new(() => new BuiltBook(Support.Repository.PathOf("book")));
}
