using System.Reflection;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Core.Text;
using IDocBook.Core.Timing;
using IDocBook.Pdf.Fonts;
using IDocBook.Pdf.Layout;
using IDocBook.Pdf.Output;
using IDocBook.Pdf.Pages;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf;

/// <summary>
/// Writes the print edition: fonts subset to the book's characters once, the book typeset into
/// pages, and the pages converted to a PDF with outline, page labels and metadata.
/// </summary>
public static class PdfWriter
{
    /// <summary>Characters the typesetter adds itself: folios, leaders, list marks, the code wrap mark, the hyphen.</summary>
    private const string OwnCharacters = "0123456789ivxlcdm.•□■↘[]: -";

    /// <param name="cache">What an earlier build of the same book can lend this one (watch); null for none.</param>
    /// <returns>The number of pages written.</returns>
    public static int Write(Book book, PdfOptions options, Stream output, DiagnosticSink sink, Stages? stages = null, PdfCache? cache = null)
    {
        stages ??= Stages.None;
        var labels = Labels.For(book.Metadata.Language);
        var svgText = book.Resources.Where(r => r.MediaType == "image/svg+xml").Select(r => SvgText.Of(r.Data));
        var characters = BookCharacters.Of(book, [OwnCharacters, labels.Contents, labels.Image, labels.Note, labels.Tip, labels.Important, labels.Warning, labels.Caution, .. svgText]);
        var fonts = stages.Time("font subsetting", () => cache is null
            ? FontSet.Create(characters, options.Fonts)
            : cache.Fonts((options.Fonts ?? FontChoice.Default) + "\n" + string.Join(' ', characters.Order()), () => FontSet.Create(characters, options.Fonts)));
        try
        {
            var text = new TextLayouter(fonts, sink, options.Typesetting);
            var creator = "IDocBook " + (typeof(PdfWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "");
            var document = stages.Time("pdf layout", () => BookTypesetter.Typeset(book, text, options.Setup(), creator, cache, options.TocDepth, options.TwoSided, options.Report));
            cache?.End(clean: !text.HasMissingCharacters);
            text.ReportMissingCharacters();
            var svgFonts = new SvgFonts(fonts.Primary(FontRole.Body).Typeface, fonts.Primary(FontRole.Heading).Typeface, fonts.Primary(FontRole.Mono).Typeface);
            stages.Time("pdf write", () => PdfRenderer.Write(document with { SvgFonts = svgFonts }, output));
            return document.Pages.Count;
        }
        finally
        {
            // The cache keeps its fonts for the next build.
            if (cache is null) fonts.Dispose();
        }
    }
}
