using IDocBook.Core.Model;

namespace IDocBook.Epub.Xhtml;

/// <summary>
/// Code as <c>&lt;pre&gt;&lt;code&gt;</c>. Highlighted tokens become <c>tok-{style}</c> spans; the styles
/// used are recorded so the stylesheet defines exactly those. Code marked as not compiling or
/// panicking gets a note above it.
/// </summary>
internal static class CodeBlockRenderer
{
    public static void Write(XhtmlRenderer r, CodeBlock code)
    {
        if (CodeNotes.Of(code) is { } kind)
        {
            r.Start("p", "code-note code-note-" + kind.ToString().ToLowerInvariant());
            r.Text(r.Context.Labels.CodeNote(kind)!);
            r.End();
            r.Newline();
        }
        r.Start("pre");
        r.Start("code", XmlText.ClassToken(code.Language) is { } lang ? $"language-{lang}" : null);
        if (code.Lines is null) r.Text(code.Code);
        else WriteLines(r, code.Lines);
        r.End();
        r.End();
        r.Newline();
    }

    private static void WriteLines(XhtmlRenderer r, IReadOnlyList<CodeLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) r.Text("\n");
            foreach (var token in lines[i].Tokens)
            {
                if (r.CodeClass(token.Style) is not { } cssClass)
                {
                    r.Text(token.Text);
                    continue;
                }
                r.Start("span", cssClass);
                r.Text(token.Text);
                r.End();
            }
        }
    }
}
