using IDocBook.Tests.Support;

namespace IDocBook.Tests.Books;

/// <summary>The sample books under <c>tests/fixtures/</c>, each built once for all tests that read it.</summary>
internal static class FixtureBooks
{
    private static readonly Lazy<BuiltBook> GitBookBook = new(() => new BuiltBook(PathOf("gitbook")));
    private static readonly Lazy<BuiltBook> MdBookBook = new(() => new BuiltBook(PathOf("mdbook")));
    private static readonly Lazy<BuiltBook> SingleBook = new(() => new BuiltBook(PathOf("single/handbook.md")));
    private static readonly Lazy<BuiltBook> BrokenBook = new(() => new BuiltBook(PathOf("broken")));
    private static readonly Lazy<BuiltBook> DiagramsBook = new(() => new BuiltBook(PathOf("diagrams")));

    public static BuiltBook GitBook => GitBookBook.Value;
    public static BuiltBook MdBook => MdBookBook.Value;
    public static BuiltBook Single => SingleBook.Value;
    public static BuiltBook Broken => BrokenBook.Value;
    public static BuiltBook Diagrams => DiagramsBook.Value;

    public static BuiltBook Named(string name) => name switch
    {
        "gitbook" => GitBook,
        "mdbook" => MdBook,
        "single" => Single,
        "broken" => Broken,
        "diagrams" => Diagrams,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static string PathOf(string relative) => Repository.PathOf("tests/fixtures/" + relative);

    /// <summary>Diagnostics as <c>CODE@file:line</c>, the form the fixture tests compare.</summary>
    public static string[] Codes(BuiltBook book) => [.. book.Diagnostics.All.Select(d => $"{d.Code}@{d.Source?.File}:{d.Source?.Line}")];
}
