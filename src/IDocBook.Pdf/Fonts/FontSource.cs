namespace IDocBook.Pdf.Fonts;

/// <summary>One font file of a fallback chain and where it comes from.</summary>
public sealed record FontSource(string Path, FontOrigin Origin);
