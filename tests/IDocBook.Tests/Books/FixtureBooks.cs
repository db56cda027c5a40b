using IDocBook.Tests.Support;

namespace IDocBook.Tests.Books;

/// <summary>The sample books under <c>tests/fixtures/</c>, each built once for all tests that read it.</summary>
internal static class FixtureBooks
{
    private static readonly Lazy<BuiltBook> GitBookBook = new(() => new BuiltBook(PathOf("gitbook")));
    private static readonly Lazy<BuiltBook> MdBookBook = new(() => new BuiltBook(PathOf("mdbook")));
    private static readonly Lazy<BuiltBook> SingleBook = new(() => new BuiltBook(PathOf("single/handbook.md")));
    private static readonly Lazy<BuiltBook> BrokenBook = new(() => new BuiltBook(PathOf("broken")));
    private static readonly Lazy<BuiltBook> EnglishBook = new(() => new BuiltBook(PathOf("english")));
    private static readonly Lazy<BuiltBook> ChineseBook = new(() => new BuiltBook(PathOf("chinese")));
    private static readonly Lazy<BuiltBook> DiagramsBook = new(() => new BuiltBook(PathOf("diagrams")));

    public static BuiltBook GitBook => GitBookBook.Value;
    public static BuiltBook MdBook => MdBookBook.Value;
    public static BuiltBook Single => SingleBook.Value;
    public static BuiltBook Broken => BrokenBook.Value;
    /// <summary>An English mdBook with listings, quotes, emoji, Hangul and an SVG.</summary>
    public static BuiltBook English => EnglishBook.Value;
    /// <summary>A Chinese GitBook with emoji lists and mixed Latin.</summary>
    public static BuiltBook Chinese => ChineseBook.Value;
    public static BuiltBook Diagrams => DiagramsBook.Value;

    public static BuiltBook Named(string name) => name switch
    {
        "gitbook" => GitBook,
        "mdbook" => MdBook,
        "single" => Single,
        "broken" => Broken,
        "english" => English,
        "chinese" => Chinese,
        "diagrams" => Diagrams,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static string PathOf(string relative) => Repository.PathOf("tests/fixtures/" + relative);

    /// <summary>Diagnostics as <c>CODE@file:line</c>, the form the fixture tests compare.</summary>
    public static string[] Codes(BuiltBook book) => [.. book.Diagnostics.All.Select(d => $"{d.Code}@{d.Source?.File}:{d.Source?.Line}")];
}
