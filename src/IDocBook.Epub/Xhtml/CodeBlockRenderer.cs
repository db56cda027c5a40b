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
        if (code.Lines is null) r.MarkedText(code, code.Code);
        else WriteLines(r, code);
        r.End();
        r.End();
        r.Newline();
    }

    // Offsets count the code's characters, line feeds included, for the page marks inside it.
    private static void WriteLines(XhtmlRenderer r, CodeBlock code)
    {
        var lines = code.Lines!;
        var offset = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                r.MarkedText(code, "\n", offset);
                offset++;
            }
            foreach (var token in lines[i].Tokens)
            {
                if (r.CodeClass(token.Style) is not { } cssClass)
                {
                    r.MarkedText(code, token.Text, offset);
                    offset += token.Text.Length;
                    continue;
                }
                r.Start("span", cssClass);
                r.MarkedText(code, token.Text, offset);
                r.End();
                offset += token.Text.Length;
            }
        }
    }
}
