using IDocBook.Core.Model;

namespace IDocBook.Core.Transforms;

/// <summary>
/// Whether a chapter's file sets its own title, so the writers do not add the summary's title above
/// it. The title may follow raw HTML that shows no text (an <c>&lt;a name&gt;</c> anchor, a banner
/// image, a centred logo): a file starting that way had its heading twice.
/// </summary>
public static class ChapterTitle
{
    public static bool IsInText(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is Heading heading) return heading.Level == 1;
            if (!ShowsNoText(block)) return false;
        }
        return false;
    }

    private static bool ShowsNoText(Block block) => block switch
    {
        Paragraph p => !HasText(p.Content),
        Figure or ThematicBreak => true,
        Div d => d.Content.All(ShowsNoText),
        _ => false,
    };

    private static bool HasText(IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in Walk.Inlines([new Paragraph(inlines, SourceSpan.None)]))
        {
            if (inline is Model.Text t && !string.IsNullOrWhiteSpace(t.Value)) return true;
            if (inline is InlineCode or FootnoteReference) return true;
        }
        return false;
    }
}
