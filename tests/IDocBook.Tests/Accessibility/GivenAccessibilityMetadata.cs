using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Core.Text;
using IDocBook.Epub;
using IDocBook.Tests.Epub;
using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Accessibility;

/// <summary>The EPUB claims what it shows: conformance and described images only when every image has real alt text.</summary>
public sealed class GivenAccessibilityMetadata : IDisposable
{
    private readonly TempBook _book = new();

    [Theory]
    [InlineData("", "a.png")]
    [InlineData("图", "a.png")]
    [InlineData("图片 2", "a.png")]
    [InlineData("截图", "a.png")]
    [InlineData("image", "a.png")]
    [InlineData("Screenshot 3", "a.png")]
    [InlineData("[图一]", "a.png")]
    [InlineData("docker-arch.png", "images/docker-arch.png")]
    [InlineData("docker-arch", "images/docker-arch.png")]
    [InlineData("https://example.com/a.png", "a.png")]
    public void PlaceholderAltTextIsRecognised(string alt, string url) => AltText.Problem(alt, url).ShouldNotBeNull();

    [Theory]
    [InlineData("Docker 的客户端-服务器架构", "images/docker-architecture.svg")]
    [InlineData("A client talks to a server", "flow.svg")]
    [InlineData("图一所示的三层网络", "a.png")]
    [InlineData("Docker architecture", "images/docker-architecture.svg")]
    public void ADescriptionIsNotAPlaceholder(string alt, string url) => AltText.Problem(alt, url).ShouldBeNull();

    [Fact]
    public void APlaceholderIsAWarningAtItsPlaceAndTheClaimsAreWithdrawn()
    {
        _book.With("SUMMARY.md", "* [安装](a.md)\n").With("a.md", "# 安装\n\n正文。\n\n![截图](img/shot.png)\n")
            .With("img/shot.png", TestImages.GreyPng(4, 3));
        var sink = new DiagnosticSink();
        var book = Core.BookReader.Read(_book.Root, sink)!;

        var warning = sink.All.ShouldHaveSingleItem();
        warning.Code.ShouldBe(Codes.AltTextPlaceholder.Id);
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Source!.File.ShouldBe("a.md");
        warning.Source.Line.ShouldBe(5);
        warning.Message.ShouldContain("'截图'");

        var opf = EpubPackage.Write(book, SampleBooks.Options).Text("OEBPS/content.opf");
        opf.ShouldNotContain("alternativeText");
        opf.ShouldNotContain("dcterms:conformsTo");
        opf.ShouldContain("<meta property=\"schema:accessModeSufficient\">textual,visual</meta>");
        opf.ShouldContain("部分图片没有描述其内容的替代文字");
    }

    [Fact]
    public void ADescribedBookClaimsWcagAaAndNamesItsCertifierFromTheConfig()
    {
        _book.With("SUMMARY.md", "* [A](a.md)\n").With("a.md", "# A\n\n![三个容器共用一个内核](img/shot.png)\n")
            .With("img/shot.png", TestImages.GreyPng(4, 3))
            .With("book.yml", "title: T\naccessibility:\n  certified-by: 示例无障碍评估社\n  credential: DAISY Ace 1.4.6\n  report: https://example.com/a11y report.html\n");
        var sink = new DiagnosticSink();
        var book = Core.BookReader.Read(_book.Root, sink)!;
        sink.All.ShouldBeEmpty();

        var opf = EpubPackage.Write(book, SampleBooks.Options).Text("OEBPS/content.opf");
        opf.ShouldContain("<meta property=\"schema:accessibilityFeature\">alternativeText</meta>");
        opf.ShouldContain($"<meta property=\"dcterms:conformsTo\">{PackageConformance}</meta>");
        opf.ShouldContain("<meta id=\"certifier\" property=\"a11y:certifiedBy\">示例无障碍评估社</meta>");
        opf.ShouldContain("<meta refines=\"#certifier\" property=\"a11y:certifierCredential\">DAISY Ace 1.4.6</meta>");
        opf.ShouldContain("<link refines=\"#certifier\" rel=\"a11y:certifierReport\" href=\"https://example.com/a11y%20report.html\" />");
    }

    [Fact]
    public void AnAccessibilityKeyWithoutACertifierIsReported()
    {
        _book.With("SUMMARY.md", "* [A](a.md)\n").With("a.md", "# A\n").With("book.yml", "accessibility:\n  credential: x\n");
        var sink = new DiagnosticSink();
        var book = Core.BookReader.Read(_book.Root, sink)!;
        sink.All.ShouldHaveSingleItem().Code.ShouldBe(Codes.ConfigInvalid.Id);
        book.Metadata.Certifier.ShouldBeNull();
    }

    private const string PackageConformance = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    public void Dispose() => _book.Dispose();
}
