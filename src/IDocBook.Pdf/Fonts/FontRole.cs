namespace IDocBook.Pdf.Fonts;

/// <summary>What a piece of text is set in; each role has a primary font and a fallback chain (<see cref="FallbackChains"/>).</summary>
public enum FontRole
{
    Body, BodyBold, Heading, Mono, BodyItalic, BodyBoldItalic,
    /// <summary>Diagram labels: the bundled sans, in the chain the diagram stage measured them with.</summary>
    Label, LabelBold,
}
