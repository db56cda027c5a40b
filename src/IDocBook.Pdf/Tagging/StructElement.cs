namespace IDocBook.Pdf.Tagging;

/// <summary>
/// An element of the PDF's logical structure (ISO 32000-1 §14.7, PDF/UA-1): a standard type such as
/// <c>P</c>, <c>H2</c>, <c>LI</c>, <c>TD</c> or <c>Figure</c>, its parent, and what assistive technology
/// reads instead of or besides its content. Layout makes one per block (see <see cref="Tags"/>) and
/// puts it on the page items the block draws; the PDF writer numbers the content those items draw
/// (MCIDs) and builds the tree from it, in the order the content comes. Elements are complete once
/// their chapter is laid out and are never changed after, so reused layouts (watch) can share them.
/// </summary>
public sealed class StructElement(string type)
{
    /// <summary>Marks items that are decoration although they are text (dot leaders): the writer makes them artifacts.</summary>
    public static readonly StructElement Artifact = new("Artifact");

    /// <summary>The standard structure type.</summary>
    public string Type { get; } = type;

    /// <summary>The enclosing element; null for a chapter's section, the title page or the contents, which go under the document.</summary>
    public StructElement? Parent { get; internal set; }

    /// <summary>A replacement text for the element's content (figures).</summary>
    public string? Alt { get; init; }

    /// <summary>The language of the element's content, where it differs from the book's.</summary>
    public string? Lang { get; init; }

    /// <summary>The element's identifier (notes must have one).</summary>
    public string? Id { get; init; }

    /// <summary>Attributes in PDF syntax for the element's <c>/A</c> entry, e.g. <c>&lt;&lt;/O /Table /Scope /Column&gt;&gt;</c>.</summary>
    public string? Attributes { get; init; }

    /// <summary>True for this element and those inside it.</summary>
    public bool IsOrIsIn(StructElement other)
    {
        for (var e = this; e is not null; e = e.Parent)
            if (ReferenceEquals(e, other)) return true;
        return false;
    }
}
