using IDocBook.Core.Model;
using IDocBook.Core.Transforms;
using IDocBook.Epub.Xhtml;

namespace IDocBook.Epub;

/// <summary>One chapter as one XHTML file: <c>text/{Chapter.Id}.xhtml</c>.</summary>
internal static class ChapterDocument
{
    /// <summary>Writes the chapter and returns its bytes, the ids it contains and the anchors it links to.</summary>
    public static WrittenChapter Write(EpubContext context, Chapter chapter)
    {
        var footnotes = chapter.Blocks.Where(b => b is FootnoteDefinition).ToList();
        var body = chapter.Blocks.Where(b => b is not FootnoteDefinition).ToList();
        var defined = new HashSet<int>();
        Rewrite.Blocks(chapter.Blocks, b =>
        {
            if (b is FootnoteDefinition f) defined.Add(f.Number);
            return b;
        });

        XhtmlRenderer? renderer = null;
        var marks = PageMarks.For(context, chapter);
        var bodyType = chapter.Kind switch { ChapterKind.Prefix => "frontmatter", ChapterKind.Suffix => "backmatter", _ => "bodymatter" };
        var data = Xhtml.XhtmlDocument.Write(context.Language, Title(context, chapter), "../styles/book.css", w =>
        {
            var r = renderer = new XhtmlRenderer(w, context, defined, marks);
            // Footnote ids first, so a raw-HTML element cannot take the id a noteref points at.
            foreach (var n in defined.Order()) r.Ids.Claim(FootnoteRenderer.NoteId(n));

            r.Start("section", "chapter");
            r.EpubType("chapter");
            r.Attribute("role", "doc-chapter");
            r.Newline();
            if (!ChapterTitle.IsInText(body))
            {
                marks.BeforeTitle(r);
                WriteTitle(r, chapter);
            }
            r.Blocks(body);
            if (footnotes.Count > 0)
            {
                r.Start("section", "footnotes");
                r.EpubType("footnotes");
                r.Newline();
                r.Blocks(footnotes);
                r.End();
                r.Newline();
            }
            marks.Rest(r);
            r.End();
            r.Newline();
        }, bodyType);
        // Chapters are written in parallel; the sorted set of styles is the same whichever ends first.
        lock (context.CodeStyles)
        {
            foreach (var (style, cssClass) in renderer!.CodeClasses)
                if (cssClass is not null) context.CodeStyles.TryAdd(cssClass["tok-".Length..], style);
        }
        return new WrittenChapter(data, renderer!.Ids.Used, renderer.LinkedAnchors) { PageMarks = marks.Written, Misplaced = marks.Misplaced };
    }

    private static string Title(EpubContext context, Chapter chapter) =>
        string.IsNullOrWhiteSpace(chapter.Title) ? context.Book.Metadata.Title : chapter.Title;

    private static void WriteTitle(XhtmlRenderer r, Chapter chapter)
    {
        r.Start("h1");
        r.Text(Title(r.Context, chapter));
        r.End();
        r.Newline();
    }
}

/// <param name="Data">The XHTML file.</param>
/// <param name="Ids">Every id the file contains: the targets links into it may use.</param>
/// <param name="LinkedAnchors">The chapter and anchor of every link out of it that names an anchor.</param>
internal sealed record WrittenChapter(byte[] Data, IReadOnlySet<string> Ids, IReadOnlySet<(string Chapter, string Anchor)> LinkedAnchors)
{
    /// <summary>The print edition's pages that begin in the chapter, in order, with the ids of their marks.</summary>
    public IReadOnlyList<(string Label, string Id)> PageMarks { get; init; } = [];

    /// <summary>Pages whose mark found no place of its own and was written at the chapter's end.</summary>
    public IReadOnlyList<string> Misplaced { get; init; } = [];
}
