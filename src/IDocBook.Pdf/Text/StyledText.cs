namespace IDocBook.Pdf.Text;

/// <summary>
/// A piece of paragraph content in one style. <see cref="Link"/> is carried through to the
/// glyph runs so the page can get a link annotation over exactly those glyphs.
/// </summary>
public sealed record StyledText(string Text, TextStyle Style, LinkRef? Link = null)
{
    /// <summary>A forced line break after this piece (Markdown hard break, <c>&lt;br&gt;</c>).</summary>
    public bool BreakAfter { get; init; }
}

/// <summary>Where a link goes in the PDF: an external URL, or a named destination inside the document.</summary>
public sealed record LinkRef(string? Url, string? Destination);
