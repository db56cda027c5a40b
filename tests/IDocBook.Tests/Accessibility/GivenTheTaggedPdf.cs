using System.Text;
using System.Text.RegularExpressions;
using IDocBook.Core.Model;
using IDocBook.Core.Transforms;
using IDocBook.Tests.Books;
using IDocBook.Tests.Support;
using Shouldly;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace IDocBook.Tests.Accessibility;

/// <summary>
/// The seed book's PDF is tagged (PDF/UA-1 structure): walking /StructTreeRoot gives every heading,
/// paragraph, list, table, figure and code block of the book, in reading order, and the text of the
/// tags, in order, is the book's text. All other content is marked as artifacts.
/// </summary>
public sealed partial class GivenTheTaggedPdf
{
    private static readonly Lazy<Tree> Seed = new(() => Tree.Of(BuiltBook.Docker.Pdf));

    [Fact]
    public void TheCatalogSaysTaggedAndGivesLanguageTitleAndMetadata()
    {
        using var pdf = PdfDocument.Open(BuiltBook.Docker.Pdf);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var markInfo = (DictionaryToken)Tree.Resolve(pdf, catalog.Data["MarkInfo"]);
        ((BooleanToken)markInfo.Data["Marked"]).Data.ShouldBeTrue();
        ((StringToken)catalog.Data["Lang"]).Data.ShouldBe("zh-CN");
        var preferences = (DictionaryToken)Tree.Resolve(pdf, catalog.Data["ViewerPreferences"]);
        ((BooleanToken)preferences.Data["DisplayDocTitle"]).Data.ShouldBeTrue();
        var metadata = (StreamToken)Tree.Resolve(pdf, catalog.Data["Metadata"]);
        var xmp = Encoding.UTF8.GetString(metadata.Data.ToArray());
        xmp.ShouldContain("<pdfuaid:part>1</pdfuaid:part>");
        xmp.ShouldContain("docker学习笔记");
        xmp.ShouldNotContain("pdfaid");
    }

    [Fact]
    public void PdfinfoSaysTagged()
    {
        PdfTools.SkipUnlessAvailable("pdfinfo");
        using var file = PdfTools.Save(BuiltBook.Docker.Pdf);
        var info = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdfinfo", file.Path) { RedirectStandardOutput = true })!;
        var output = info.StandardOutput.ReadToEnd();
        info.WaitForExit();
        output.ShouldMatch(@"(?m)^Tagged:\s+yes$");
    }

    [Fact]
    public void EveryHeadingParagraphListTableFigureAndCodeBlockIsTaggedInReadingOrder()
    {
        var book = BuiltBook.Docker.Model;
        var expected = book.Chapters.SelectMany(ExpectedTags).ToList();
        var sections = Seed.Value.Root.Kids.Where(k => k.Type == "Sect").ToList();
        // The title page, then the contents, then one section per chapter.
        Seed.Value.Root.Kids.Select(k => k.Type).Take(2).ShouldBe(["Sect", "TOC"]);
        var actual = sections.Skip(1).SelectMany(s => s.Descendants()).Select(e => e.Type).Where(Expected.Contains).ToList();
        actual.ShouldBe(expected);
        expected.ShouldContain("Table");
        expected.ShouldContain("Figure");
        expected.ShouldContain("Code");
        expected.ShouldContain("L");
    }

    [Fact]
    public void TheTextOfTheTagsInOrderIsTheBooksText()
    {
        var book = BuiltBook.Docker.Model;
        var sections = Seed.Value.Root.Kids.Where(k => k.Type == "Sect").Skip(1).ToList();
        // Figures are read by their alt text; list labels and notes are the writer's and the foot of a page's.
        var tagged = Letters(string.Concat(sections.Select(s => s.Text(skip: e => e.Type is "Figure" or "Lbl" or "Note"))));
        var text = Letters(string.Concat(book.Chapters.Select(BookText)));
        tagged.ShouldBe(text);
        tagged.Length.ShouldBeGreaterThan(5000);
    }

    [Fact]
    public void FiguresHaveAltTextAndTableHeadersAScope()
    {
        var all = Seed.Value.Root.Descendants().ToList();
        all.Where(e => e.Type == "Figure").ShouldAllBe(f => !string.IsNullOrWhiteSpace(f.Alt));
        all.Where(e => e.Type == "Figure").Select(f => f.Alt).ShouldContain("Docker 的客户端-服务器架构");
        all.Where(e => e.Type == "TH").ShouldNotBeEmpty();
        all.Where(e => e.Type == "TH").ShouldAllBe(th => th.Scope == "Column");
        all.Where(e => e.Type == "LI").ShouldAllBe(li => li.Kids.Select(k => k.Type).SequenceEqual(new[] { "Lbl", "LBody" }));
    }

    [Fact]
    public void EveryPieceOfContentIsTaggedOrAnArtifact()
    {
        using var pdf = PdfDocument.Open(BuiltBook.Docker.Pdf);
        var artifacts = 0;
        foreach (var page in pdf.GetPages())
        {
            var marked = page.GetMarkedContents().Sum(m => Count(m));
            marked.ShouldBe(page.Letters.Count, $"page {page.Number}");
            artifacts += page.GetMarkedContents().Where(m => m.IsArtifact).Sum(m => Count(m));
        }
        // Running heads, folios and the contents' dot leaders.
        artifacts.ShouldBeGreaterThan(100);

        // A marked-content sequence lists the letters of those nested in it (ActualText spans) too.
        static int Count(UglyToad.PdfPig.Content.MarkedContentElement m)
        {
            var letters = new HashSet<UglyToad.PdfPig.Content.Letter>(ReferenceEqualityComparer.Instance);
            Collect(m);
            return letters.Count;
            void Collect(UglyToad.PdfPig.Content.MarkedContentElement e)
            {
                letters.UnionWith(e.Letters);
                foreach (var child in e.Children) Collect(child);
            }
        }
    }

    [Fact]
    public void LinksAreInLinkElementsWithTheirAnnotationsDescribed()
    {
        var links = Seed.Value.Root.Descendants().Where(e => e.Type == "Link").ToList();
        links.ShouldNotBeEmpty();
        links.ShouldAllBe(l => l.Annotations > 0);
        using var pdf = PdfDocument.Open(BuiltBook.Docker.Pdf);
        foreach (var page in pdf.GetPages())
        {
            var dictionary = page.Dictionary;
            dictionary.Data.ContainsKey("StructParents").ShouldBeTrue();
            ((NameToken)dictionary.Data["Tabs"]).Data.ShouldBe("S");
            if (!dictionary.Data.TryGetValue("Annots", out var annots)) continue;
            foreach (var annotation in ((ArrayToken)Tree.Resolve(pdf, annots)).Data.Select(a => (DictionaryToken)Tree.Resolve(pdf, a)))
            {
                annotation.Data.ContainsKey("StructParent").ShouldBeTrue();
                annotation.Data.ContainsKey("Contents").ShouldBeTrue();
            }
        }
    }

    private static readonly HashSet<string> Expected = ["H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "Table", "Figure", "Code"];

    /// <summary>The tags a chapter's blocks get, in document order (footnotes are notes at the foot of their pages).</summary>
    private static IEnumerable<string> ExpectedTags(Chapter chapter)
    {
        var blocks = chapter.Blocks.Where(b => b is not FootnoteDefinition).ToList();
        if (!ChapterTitle.IsInText(blocks)) yield return "H1";
        foreach (var block in Walk.Blocks(blocks))
        {
            switch (block)
            {
                case Heading h: yield return "H" + Math.Clamp(h.Level, 1, 6); break;
                case Paragraph p when Letters(InlineText.Of(p.Content)).Length > 0 || p.Content.Count > 0: yield return "P"; break;
                case ListBlock: yield return "L"; break;
                case Table: yield return "Table"; break;
                case Figure: yield return "Figure"; break;
                case Diagram: yield return "Figure"; break;
                case CodeBlock: yield return "Code"; break;
            }
        }
    }

    /// <summary>A chapter's text as the book has it, in document order, without footnotes and images.</summary>
    private static string BookText(Chapter chapter)
    {
        var text = new StringBuilder();
        var blocks = chapter.Blocks.Where(b => b is not FootnoteDefinition).ToList();
        if (!ChapterTitle.IsInText(blocks)) text.Append(chapter.Title);
        foreach (var block in blocks) Block(block);
        return text.ToString();

        void Block(Block block)
        {
            switch (block)
            {
                case Heading h: Inlines(h.Content); break;
                case Paragraph p: Inlines(p.Content); break;
                case ListBlock l: foreach (var item in l.Items) foreach (var b in item.Content) Block(b); break;
                case BlockQuote q: foreach (var b in q.Content) Block(b); break;
                case Div d: foreach (var b in d.Content) Block(b); break;
                case CodeBlock c: text.Append(c.Code); break;
                case Table t: foreach (var row in t.Header.Concat(t.Body)) foreach (var cell in row.Cells) Inlines(cell.Content); break;
                case Figure f: Inlines(f.Caption); break;
            }
        }

        void Inlines(IEnumerable<Inline> inlines)
        {
            foreach (var inline in inlines)
            {
                switch (inline)
                {
                    case Core.Model.Text t: text.Append(t.Value); break;
                    case InlineCode c: text.Append(c.Value); break;
                    case Emphasis e: Inlines(e.Content); break;
                    case Strong s: Inlines(s.Content); break;
                    case Strikethrough s: Inlines(s.Content); break;
                    case Superscript s: Inlines(s.Content); break;
                    case Subscript s: Inlines(s.Content); break;
                    case Keyboard k: Inlines(k.Content); break;
                    case Span s: Inlines(s.Content); break;
                    case Link l: Inlines(l.Content); break;
                    case Image i: text.Append(i.Alt); break;
                }
            }
        }
    }

    private static string Letters(string text) => NotLetters().Replace(text, "");

    [GeneratedRegex(@"[^\p{L}]+")]
    private static partial Regex NotLetters();

    /// <summary>The structure tree read back from the file, with each element's marked content as text.</summary>
    private sealed class Tree
    {
        public required Element Root { get; init; }

        public static IToken Resolve(PdfDocument pdf, IToken token) =>
            token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;

        public static Tree Of(byte[] bytes)
        {
            using var pdf = PdfDocument.Open(bytes);
            var pages = pdf.GetPages().ToList();
            var pageNumbers = new Dictionary<IndirectReference, int>();
            var catalogPages = (DictionaryToken)Resolve(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["Pages"]);
            var kids = ((ArrayToken)Resolve(pdf, catalogPages.Data["Kids"])).Data.Cast<IndirectReferenceToken>().ToList();
            for (var i = 0; i < kids.Count; i++) pageNumbers[kids[i].Data] = i;
            var content = new Dictionary<(int Page, int Mcid), string>();
            for (var i = 0; i < pages.Count; i++)
                foreach (var m in pages[i].GetMarkedContents()) Collect(m, i);
            void Collect(MarkedContentElement m, int page)
            {
                if (m.MarkedContentIdentifier >= 0 && !m.IsArtifact) content[(page, m.MarkedContentIdentifier)] = All(m);
                else foreach (var child in m.Children) Collect(child, page);
            }
            static string All(MarkedContentElement m) => string.Concat(m.Letters.Select(l => l.Value)) + string.Concat(m.Children.Select(All));

            var root = (DictionaryToken)Resolve(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
            var document = Read((DictionaryToken)Resolve(pdf, root.Data["K"]));
            document.Type.ShouldBe("Document");
            return new Tree { Root = document };

            Element Read(DictionaryToken dictionary)
            {
                var element = new Element(((NameToken)dictionary.Data["S"]).Data)
                {
                    Alt = dictionary.Data.TryGetValue("Alt", out var alt) ? ((IDataToken<string>)Resolve(pdf, alt)).Data : null,
                    Scope = dictionary.Data.TryGetValue("A", out var a) && Resolve(pdf, a) is DictionaryToken attributes && attributes.Data.TryGetValue("Scope", out var scope) ? ((NameToken)scope).Data : null,
                };
                var k = Resolve(pdf, dictionary.Data["K"]);
                foreach (var kid in k is ArrayToken array ? array.Data : [k])
                {
                    var resolved = Resolve(pdf, kid);
                    if (resolved is not DictionaryToken d) continue;
                    var type = d.Data.TryGetValue("Type", out var t) ? ((NameToken)t).Data : "StructElem";
                    if (type == "MCR")
                    {
                        var page = pageNumbers[((IndirectReferenceToken)d.Data["Pg"]).Data];
                        var mcid = ((NumericToken)d.Data["MCID"]).Int;
                        element.Kids.Add(new Element("#text") { Content = content.GetValueOrDefault((page, mcid), "") });
                    }
                    else if (type == "OBJR") element.Annotations++;
                    else element.Kids.Add(Read(d));
                }
                return element;
            }
        }
    }

    private sealed class Element(string type)
    {
        public string Type { get; } = type;
        public string? Alt { get; init; }
        public string? Scope { get; init; }
        public string Content { get; init; } = "";
        public int Annotations { get; set; }
        public List<Element> Kids { get; } = [];

        public IEnumerable<Element> Descendants() => Kids.Where(k => k.Type != "#text").SelectMany(k => k.Descendants().Prepend(k));

        public string Text(Func<Element, bool> skip) =>
            Type == "#text" ? Content : skip(this) ? "" : string.Concat(Kids.Select(k => k.Text(skip)));
    }
}
