using Shouldly;
using Xunit;

namespace IDocBook.Tests.Epub;

/// <summary>
/// The package files of the sample book against approved snapshots in <c>Snapshots/</c>. A change
/// fails and leaves a <c>.received.txt</c> beside the approved file: read it, and if it is right,
/// rename it over the <c>.approved.txt</c>. Shouldly never approves by itself, and NoDiff keeps it
/// from launching a diff tool (CI has no terminal).
/// </summary>
public sealed class GivenTheSampleBookSnapshots
{
    private readonly EpubPackage _epub = EpubPackage.Sample();

    [Fact]
    public void ThePackageDocumentMatches() => Approve("OEBPS/content.opf");

    [Fact]
    public void TheNavDocumentMatches() => Approve("OEBPS/nav.xhtml");

    [Fact]
    public void TheNcxMatches() => Approve("OEBPS/toc.ncx");

    [Fact]
    public void TheIntroChapterMatches() => Approve("OEBPS/text/intro.xhtml");

    [Fact]
    public void TheStylesheetMatches() => Approve("OEBPS/styles/book.css");

    private void Approve(string entry) =>
        _epub.Text(entry).ShouldMatchApproved(c => c.SubFolder("Snapshots").NoDiff().UseCallerLocation());
}
