using IDocBook.Core.Model;
using IDocBook.Tests.Epub;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Books;

/// <summary>
/// Every sample book builds to a complete EPUB that EPUBCheck passes with no message at all, the
/// broken one included: problems become diagnostics and placeholders, never invalid output. Their
/// PDFs pass qpdf and open page by page.
/// </summary>
public sealed class GivenTheFixtureBooks
{
    public static TheoryData<string> Names() => ["gitbook", "mdbook", "single", "broken", "english", "chinese", "diagrams"];

    [Theory]
    [MemberData(nameof(Names))]
    public void ItsPackageIsCompleteWellFormedAndEveryLinkResolves(string name)
    {
        var epub = FixtureBooks.Named(name).Epub;
        EpubInvariants.ManifestIsComplete(epub);
        EpubInvariants.XhtmlIsWellFormed(epub);
        EpubInvariants.EveryLinkResolves(epub).ShouldBeGreaterThan(3);
    }

    [SkippableTheory]
    [MemberData(nameof(Names))]
    public void ItPassesEpubCheckWithNoMessages(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"idocbook-{name}-{Guid.NewGuid():N}.epub");
        File.WriteAllBytes(path, FixtureBooks.Named(name).Epub.Bytes);
        try
        {
            var result = EpubCheck.Run(path);
            result.Messages.ShouldBeEmpty(result.ToString());
        }
        finally { File.Delete(path); }
    }

    [SkippableTheory]
    [MemberData(nameof(Names))]
    public void ItsPdfPassesQpdfAndEveryPageOpens(string name)
    {
        var book = FixtureBooks.Named(name);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(book.Pdf))
        {
            pdf.NumberOfPages.ShouldBeGreaterThan(book.Model.Chapters.Count());
            pdf.GetPages().Sum(p => p.Letters.Count).ShouldBeGreaterThan(100);
        }
        using var saved = PdfTools.Save(book.Pdf);
        PdfTools.SkipUnlessAvailable("qpdf");
        var check = PdfTools.QpdfCheck(saved.Path);
        check.ExitCode.ShouldBe(0, check.ToString());
        check.Output.ShouldNotContain("WARNING");
    }

    [Fact]
    public void TheSingleFileSplitsAtTheLevelBelowItsTitleAndKeepsItsFootnoteAndCrossLink()
    {
        var book = FixtureBooks.Single;
        book.Diagnostics.All.ShouldBeEmpty();
        book.Model.Metadata.ShouldSatisfyAllConditions(m => m.Title.ShouldBe("单文件手册"), m => m.Language.ShouldBe("zh-CN"), m => m.Authors.ShouldBe(["某人"]));
        var chapters = book.Model.Chapters.ToList();
        chapters.Select(c => c.Title).ShouldBe(["第一章　开始", "第二章　继续"]);
        chapters[0].Blocks.OfType<FootnoteDefinition>().Single().Label.ShouldBe("a");
        var link = chapters[0].Blocks.OfType<Paragraph>().First().Content.OfType<Link>().Single();
        link.Target.ShouldBe(new InternalTarget(chapters[1].Id, "细节"));
    }
}
