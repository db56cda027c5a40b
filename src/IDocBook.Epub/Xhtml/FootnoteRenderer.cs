using System.Globalization;
using IDocBook.Core.Model;

namespace IDocBook.Epub.Xhtml;

/// <summary>
/// Footnotes as EPUB 3 noterefs and footnote asides. A reference without a definition, or a
/// definition never referenced, is still written, but without the link that would dangle.
/// </summary>
internal static class FootnoteRenderer
{
    public static string NoteId(int number) => "fn" + number.ToString(CultureInfo.InvariantCulture);

    private static string RefId(int number) => "fnref" + number.ToString(CultureInfo.InvariantCulture);

    public static void WriteReference(XhtmlRenderer r, FootnoteReference reference)
    {
        var label = reference.Number.ToString(CultureInfo.InvariantCulture);
        r.Start("sup", "footnote-ref");
        if (r.DefinedFootnotes.Contains(reference.Number) && r.LinkDepth == 0)
        {
            r.Start("a");
            r.EpubType("noteref");
            r.Attribute("role", "doc-noteref");
            r.Attribute("href", "#" + NoteId(reference.Number));
            // Only the first reference to a note gets the id the back-link returns to.
            if (r.Ids.Claim(RefId(reference.Number)) is { } id)
            {
                r.Attribute("id", id);
                r.WrittenNoteRefs.Add(reference.Number);
            }
            r.Text(label);
            r.End();
        }
        else r.Text(label);
        r.End();
    }

    public static void WriteDefinition(XhtmlRenderer r, FootnoteDefinition note)
    {
        r.Start("aside", "footnote");
        r.EpubType("footnote");
        r.Attribute("role", "doc-footnote");
        // fn{n} was claimed before the body was written (see ChapterDocument), so it is ours.
        if (r.DefinedFootnotes.Contains(note.Number) && r.Ids.Used.Contains(NoteId(note.Number)) && !r.WrittenDefinitions.Contains(note.Number))
        {
            r.Attribute("id", NoteId(note.Number));
            r.WrittenDefinitions.Add(note.Number);
        }
        r.Newline();
        var number = () => { r.Start("span", "footnote-number"); r.Text(note.Number.ToString(CultureInfo.InvariantCulture) + ". "); r.End(); };
        var backLink = r.WrittenNoteRefs.Contains(note.Number) ? () => WriteBackLink(r, note.Number) : (Action?)null;
        var content = note.Content;
        if (content.Count == 0 || content[0] is not Paragraph) BlockRenderer.WriteParagraph(r, [], "footnote-label", number);
        for (var i = 0; i < content.Count; i++)
        {
            var first = i == 0 ? number : null;
            var last = i == content.Count - 1 ? backLink : null;
            if (content[i] is Paragraph p) BlockRenderer.WriteParagraph(r, p.Content, null, first, last);
            else BlockRenderer.Write(r, content[i]);
        }
        if (backLink is not null && (content.Count == 0 || content[^1] is not Paragraph))
            BlockRenderer.WriteParagraph(r, [], "footnote-back", null, backLink);
        r.End();
        r.Newline();
    }

    private static void WriteBackLink(XhtmlRenderer r, int number)
    {
        r.Text(" ");
        r.Start("a", "footnote-back");
        r.Attribute("href", "#" + RefId(number));
        r.Attribute("role", "doc-backlink");
        r.Text("↩");
        r.End();
    }
}
