using IDocBook.Tests.Support;
using Shouldly;

namespace IDocBook.Tests.Pdf.Output;

public sealed class PdfCheckTests
{
    [SkippableFact]
    [Trait("Category", "Validator")]
    public void Qpdf_finds_no_errors_or_warnings()
    {
        using var file = PdfTools.Save(RenderedSample.Pdf);

        var result = PdfTools.QpdfCheck(file.Path);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("No syntax or stream encoding errors found");
        (result.Output + result.Error).ShouldNotContain("WARNING", Case.Insensitive);
    }
}
