using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;
using IDocBook.Core.Text;
using IDocBook.Pdf.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>What every element needs while laying out one chapter.</summary>
internal sealed class LayoutContext(Book book, ITextLayouter text, Typography type, Destinations destinations)
{
    public Book Book { get; } = book;
    public ITextLayouter Text { get; } = text;
    public Typography Type { get; } = type;
    public Destinations Destinations { get; } = destinations;
    public Labels Labels { get; } = Labels.For(book.Metadata.Language);

    /// <summary>The tallest box a page can take with room to spare for a repeated table header.</summary>
    public float MaxBoxHeight { get; init; } = float.MaxValue;

    /// <summary>The chapter being laid out and its footnotes by label.</summary>
    public Chapter Chapter { get; private set; } = null!;
    public IReadOnlyDictionary<int, FootnoteDefinition> Footnotes { get; private set; } = new Dictionary<int, FootnoteDefinition>();

    /// <summary>Footnotes already set in this chapter: a note cited twice is printed once.</summary>
    public HashSet<int> PlacedFootnotes { get; } = [];

    /// <summary>The chapter's section in the PDF's structure: footnotes go into it, besides its blocks.</summary>
    public Tagging.StructElement? Section { get; set; }

    /// <summary>The chapter's nodes by number, for where its boxes begin (see <see cref="PageStarts"/>).</summary>
    public Core.Transforms.NodeOrder? Order { get; private set; }

    public void Enter(Chapter chapter)
    {
        Chapter = chapter;
        Order = Core.Transforms.NodeOrder.Of(chapter);
        Footnotes = Core.Transforms.Walk.Blocks(chapter.Blocks).OfType<FootnoteDefinition>()
            .GroupBy(f => f.Number).ToDictionary(g => g.Key, g => g.First());
        PlacedFootnotes.Clear();
    }
}
