using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using IDocBook.Cli.Commands;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Timing;
using IDocBook.Tests.Support;
using Shouldly;
using UglyToad.PdfPig;

namespace IDocBook.Tests.Accessibility;

/// <summary>
/// Built with its PDF, the EPUB marks where each printed page begins and lists every page: the text
/// right after each mark is the text the PDF's page of that number starts with.
/// </summary>
public sealed partial class GivenPrintPageNumbersInTheEpub : IDisposable
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    private readonly TempBook _output = new();

    private (ZipArchive Epub, PdfDocument Pdf) Build(string book, string format = "all", bool twoSided = false)
    {
        var sink = new DiagnosticSink();
        var model = Core.BookReader.Read(Repository.PathOf(book), sink)!;
        var written = Outputs.Write(model, new BuildOptions(book, _output.Root, format) { TwoSided = twoSided }, sink, Stages.None);
        sink.HasErrors.ShouldBeFalse();
        var epub = ZipFile.OpenRead(written.Single(w => w.Path.EndsWith(".epub", StringComparison.Ordinal)).Path);
        var pdf = written.FirstOrDefault(w => w.Path.EndsWith(".pdf", StringComparison.Ordinal)) is { } p ? PdfDocument.Open(p.Path) : null!;
        return (epub, pdf);
    }

    [Theory]
    [InlineData("book")]
    [InlineData("tests/fixtures/english")]
    [InlineData("tests/fixtures/chinese")]
    [InlineData("tests/fixtures/gitbook")]
    [InlineData("tests/fixtures/mdbook")]
    public void EveryPageIsListedAndItsMarkIsWhereThePdfPageBegins(string book)
    {
        var (epub, pdf) = Build(book);
        using var _ = epub;
        using var __ = pdf;
        var nav = XDocument.Parse(Entry(epub, "OEBPS/nav.xhtml"));
        var pageList = nav.Descendants(X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "page-list");
        var entries = pageList.Descendants(X + "a").Select(a => (Label: a.Value, Href: (string)a.Attribute("href")!)).ToList();

        // One entry per page, front matter (i, ii …) then the body (1, 2 …), as the PDF labels them.
        entries.Count.ShouldBe(pdf.NumberOfPages);
        entries.Take(2).Select(e => e.Label).ShouldBe(["i", "ii"]);
        entries.Skip(entries.FindIndex(e => e.Label == "1")).Select(e => e.Label)
            .ShouldBe(Enumerable.Range(1, entries.Count - entries.FindIndex(e => e.Label == "1")).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var after = TextAfterMarks(epub);
        after.Keys.Order().ShouldBe(entries.Select(e => e.Label).Order());
        for (var i = 0; i < entries.Count; i++)
        {
            var (label, href) = entries[i];
            href.ShouldEndWith("#page-" + label);
            var (text, image) = after[label];
            var expected = Letters(text);
            expected = expected[..Math.Min(10, expected.Length)];
            // Content order: the page's text first, its running head and folio last. A table's header
            // rows, repeated at the top of a page it continues on, come before the row the page begins
            // with; a page that begins with an image has the image's own text (SVG labels) first, and
            // the EPUB's text after the image (its caption) follows.
            var page = Letters(string.Concat(pdf.GetPage(i + 1).Letters.Select(l => l.Value)));
            page[..Math.Min(page.Length, expected.Length + (image ? 200 : 24))].ShouldContain(expected, Case.Sensitive, $"page {label} ({i + 1}) begins \"{page[..Math.Min(40, page.Length)]}\"");
        }
    }

    [Fact]
    public void TwoSidedBlankPagesAreListedAndMarkedWhereTheNextPageBegins()
    {
        var (epub, pdf) = Build("book", twoSided: true);
        using var _ = epub;
        using var __ = pdf;
        var nav = XDocument.Parse(Entry(epub, "OEBPS/nav.xhtml"));
        var pageList = nav.Descendants(X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "page-list");
        var labels = pageList.Descendants(X + "a").Select(a => a.Value).ToList();

        // The title page's blank back (ii) and every blank verso before a chapter are pages too.
        labels.Count.ShouldBe(pdf.NumberOfPages);
        labels.Take(3).ShouldBe(["i", "ii", "iii"]);
        TextAfterMarks(epub).Keys.Order().ShouldBe(labels.Order());
    }

    [Fact]
    public void AnEpubBuiltAloneHasNoPageNumbers()
    {
        var (epub, _) = Build("book", "epub");
        using var __ = epub;
        Entry(epub, "OEBPS/nav.xhtml").ShouldNotContain("page-list");
        epub.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)).ShouldAllBe(e => !Entry(epub, e.FullName).Contains("pagebreak"));
        Entry(epub, "OEBPS/content.opf").ShouldNotContain("printPageNumbers");
    }

    [Fact]
    public void ThePackageNamesThePdfAsTheSourceOfItsPages()
    {
        var (epub, pdf) = Build("book");
        using var _ = epub;
        using var __ = pdf;
        var opf = Entry(epub, "OEBPS/content.opf");
        opf.ShouldContain("<meta property=\"schema:accessibilityFeature\">printPageNumbers</meta>");
        opf.ShouldContain("<meta property=\"schema:accessibilityFeature\">pageNavigation</meta>");
        opf.ShouldContain("<dc:source id=\"print-edition\">i-docker-book.pdf</dc:source>");
        opf.ShouldContain("<meta refines=\"#print-edition\" property=\"source-of\">pagination</meta>");
    }

    /// <summary>The text of the spine from each page mark to the next, by label, and whether an image comes first (its alt text is not the PDF's).</summary>
    private static Dictionary<string, (string Text, bool Image)> TextAfterMarks(ZipArchive epub)
    {
        var opf = XDocument.Parse(Entry(epub, "OEBPS/content.opf"));
        XNamespace o = "http://www.idpf.org/2007/opf";
        var hrefs = opf.Descendants(o + "item").ToDictionary(i => (string)i.Attribute("id")!, i => (string)i.Attribute("href")!);
        var result = new Dictionary<string, (string, bool)>();
        string? current = null;
        var image = false;
        var text = new System.Text.StringBuilder();
        foreach (var idref in opf.Descendants(o + "itemref").Select(i => (string)i.Attribute("idref")!))
        {
            var body = XDocument.Parse(Entry(epub, "OEBPS/" + hrefs[idref])).Descendants(X + "body").Single();
            Walk(body);
        }
        if (current is not null) result[current] = (text.ToString(), image);
        return result;

        void Walk(XElement element)
        {
            foreach (var node in element.Nodes())
            {
                if (node is XText t) text.Append(t.Value);
                else if (node is XElement e)
                {
                    if ((string?)e.Attribute(Ops + "type") == "pagebreak")
                    {
                        if (current is not null) result[current] = (text.ToString(), image);
                        current = (string)e.Attribute("aria-label")!;
                        text.Clear();
                        image = false;
                        ((string?)e.Attribute("role")).ShouldBe("doc-pagebreak");
                    }
                    else if (e.Name == X + "img")
                    {
                        // The cover shows the title page's text; a figure's alt text is not on the printed page.
                        if (e.Ancestors(X + "section").Any(s => (string?)s.Attribute("class") == "cover")) text.Append((string?)e.Attribute("alt"));
                        else if (Letters(text.ToString()).Length == 0) image = true;
                    }
                    else if ((string?)e.Attribute(Ops + "type") is not ("page-list" or "landmarks")) Walk(e);
                }
            }
        }
    }

    private static string Letters(string text) => NotLetters().Replace(text, "");

    [GeneratedRegex(@"[^\p{L}]+")]
    private static partial Regex NotLetters();

    private static string Entry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    public void Dispose() => _output.Dispose();
}
