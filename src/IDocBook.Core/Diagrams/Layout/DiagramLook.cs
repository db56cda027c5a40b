namespace IDocBook.Core.Diagrams.Layout;

/// <summary>
/// Sizes and colours of drawn diagrams, in points and 0xAARRGGBB: the book's grey text and hairline
/// rules (as the PDF's typography), a sans face for labels, a light fill that prints on any paper.
/// </summary>
internal static class DiagramLook
{
    public const float LabelSize = 9f;
    public const float LineHeight = 1.3f;
    /// <summary>Labels wider than this many ems wrap, as Mermaid wraps at 200 px.</summary>
    public const float WrapEms = 16f;
    public const float PadX = 8f, PadY = 5f;
    public const float Stroke = 0.75f;
    public const float ArrowLength = 6.5f, ArrowWidth = 5f;

    public const uint Text = 0xFF1A1A1A;
    public const uint Line = 0xFF4A4A4A;
    public const uint NodeFill = 0xFFF3F5F8;
    public const uint NodeStroke = 0xFF5A6270;
    public const uint ClusterFill = 0xFFFAFAFB;
    public const uint ClusterStroke = 0xFFB8BEC8;
    public const uint LabelBackground = 0xFFFFFFFF;
    public const uint NoteFill = 0xFFFFF8DC;
    public const uint NoteStroke = 0xFFC9B26B;
    public const uint Muted = 0xFF666666;
    public const uint ActivationFill = 0xFFE8ECF2;
    public const uint FrameStroke = 0xFF8A93A3;
}
