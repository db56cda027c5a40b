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
        var svgText = book.Resources.Where(r => r.MediaType == "image/svg+xml").Select(r => SvgText.Of(r.Data)).ToList();
        if (svgText.Count > 0) SvgForms.WarmUp();
        var characters = BookCharacters.Of(book, [OwnCharacters, .. labels.All, .. svgText]);
        var labelCharacters = LabelCharacters(book);
        var diagrams = labelCharacters is not null;
        var fonts = stages.Time("font subsetting", () => cache is null
            ? FontSet.Create(characters, options.Fonts, labelCharacters)
            : cache.Fonts((options.Fonts ?? FontChoice.Default).Key + "\n" + string.Join(' ', labelCharacters ?? []) + "\n" + string.Join(' ', characters.Order()),
                () => FontSet.Create(characters, options.Fonts, labelCharacters)));
        try
        {
            var text = new TextLayouter(fonts, options.Typesetting) { Language = book.Metadata.Language };
            var creator = "IDocBook " + (typeof(PdfWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "");
            var setup = options.Setup();
            if (diagrams) DiagramLayout.ReportSmall(book, setup.ContentWidth, BookTypesetter.MaxBoxHeight(setup), sink);
            var document = stages.Time("pdf layout", () => BookTypesetter.Typeset(book, text, setup, creator, cache, options, stages.Progress));
            options.Paginated?.Invoke(document.PrintPages);
            if (options.Booklet) document = Booklet.Impose(document);
            cache?.End();
            foreach (var source in fonts.Unreadable)
                sink.Report(Codes.FontUnreadable, $"'{source.Path}' ({source.Origin}) is not a TrueType or OpenType font that can be read; it is left out.",
                    source.Origin == FontOrigin.Fallback ? book.Metadata.Places.GetValueOrDefault("fonts.fallback") : null,
                    "Give a .ttf or .otf file (a .woff2 must be converted first, for example with woff2_decompress).");
            MissingCharacters.Report(book, fonts.Missing, sink);
            using var svgFonts = svgText.Count == 0 ? null
                : new SvgFonts(options.Fonts ?? FontChoice.Default, string.Concat(svgText).EnumerateRunes().Select(r => r.Value).ToHashSet());
            var standards = options.Booklet ? PdfStandards.None : options.Standards;
            stages.Time("pdf write", () => PdfRenderer.Write(document with { SvgFonts = svgFonts, Standards = standards }, output));
            return document.Pages.Count;
        }
        finally
        {
            // The cache keeps its fonts for the next build.
            if (cache is null) fonts.Dispose();
        }
    }

    /// <summary>The characters of every diagram label, or null when the book has no diagram.</summary>
    private static SortedSet<int>? LabelCharacters(Book book)
    {
        SortedSet<int>? labels = null;
        foreach (var diagram in book.Chapters.SelectMany(c => Core.Transforms.Walk.Blocks(c.Blocks)).OfType<Diagram>())
        {
            labels ??= [];
            foreach (var text in diagram.Scene.Texts)
                foreach (var rune in text.Text.EnumerateRunes()) labels.Add(rune.Value);
        }
        return labels;
    }
}
