using IDocBook.Pdf.Output;

namespace IDocBook.Tests.Pdf.Output;

/// <summary>The sample book rendered once per test run; tests only read the bytes.</summary>
internal static class RenderedSample
{
    private static readonly Lazy<byte[]> Bytes = new(() => Render(fonts => SampleDocument.Build(fonts)));

    public static byte[] Pdf => Bytes.Value;

    public static byte[] Render(Func<SampleFonts, PagedDocument> build, string moreCharacters = "")
    {
        using var fonts = new SampleFonts(SampleDocument.Characters + moreCharacters);
        using var output = new MemoryStream();
        PdfRenderer.Write(build(fonts), output);
        return output.ToArray();
    }

    public static UglyToad.PdfPig.PdfDocument Open(byte[]? pdf = null) => UglyToad.PdfPig.PdfDocument.Open(pdf ?? Pdf);
}
