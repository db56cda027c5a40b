using System.Text;
using IDocBook.Core.Model;
using IDocBook.Core.Text;
using IDocBook.Core.Transforms;

namespace IDocBook.Epub.Xhtml;

/// <summary>
/// Writes running text with the two things CSS cannot decide by itself: a quote, dash or ellipsis
/// set in the other script's context than the book's (<see cref="ScriptContext"/>, the rule the PDF
/// uses) goes in a <c>latin</c> or <c>cjk</c> span, and CJK letters inside emphasis go in an
/// <c>emphasis-dots</c> span (clreq's emphasis marks; Latin takes the italic).
/// </summary>
internal static class ScriptMarks
{
    // Never written to: Decide's answer is only read.
    private static readonly Dictionary<Inline, bool[]?> NoMarks = new(ReferenceEqualityComparer.Instance);

    /// <summary>For each text node of a block's inlines, which of its characters are set as CJK; the context runs across the nodes.</summary>
    public static Dictionary<Inline, bool[]?> Decide(IReadOnlyList<Inline> inlines, bool cjkBook)
    {
        var nodes = Walk.Inlines([new Paragraph(inlines, SourceSpan.None)]);
        var text = new StringBuilder();
        var starts = new List<(Core.Model.Text Node, int Start)>();
        foreach (var inline in nodes)
        {
            if (inline is Core.Model.Text t)
            {
                starts.Add((t, text.Length));
                text.Append(t.Value);
            }
            else if (inline is InlineCode c) text.Append(c.Value);
            else if (inline is LineBreak) text.Append(' ');
        }
        var all = ScriptContext.CjkAt(text.ToString(), cjkBook);
        // Most blocks have no character whose script depends on its context: nothing to look up.
        if (all is null) return NoMarks;
        var result = new Dictionary<Inline, bool[]?>(ReferenceEqualityComparer.Instance);
        foreach (var (node, start) in starts) result[node] = all[start..(start + node.Value.Length)];
        return result;
    }

    public static void Write(XhtmlRenderer r, string text, bool[]? cjkAt, bool cjkBook, bool emphasis)
    {
        var i = 0;
        while (i < text.Length)
        {
            var kind = Kind(text, i, cjkAt, cjkBook, emphasis);
            var end = i + 1;
            while (end < text.Length && (char.IsLowSurrogate(text[end]) || Kind(text, end, cjkAt, cjkBook, emphasis) == kind && kind != "latin" && kind != "cjk")) end++;
            if (kind is null) r.Text(text[i..end]);
            else
            {
                r.Start("span", kind);
                r.Text(text[i..end]);
                r.End();
            }
            i = end;
        }
    }

    private static string? Kind(string text, int i, bool[]? cjkAt, bool cjkBook, bool emphasis)
    {
        if (cjkAt is not null && ScriptContext.IsAmbiguous(text[i]) && cjkAt[i] != cjkBook) return cjkAt[i] ? "cjk" : "latin";
        if (!emphasis) return null;
        Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out _);
        return Rune.IsLetter(rune) && (Cjk.IsWide(rune.Value) || rune.Value is >= 0xAC00 and <= 0xD7AF) ? "emphasis-dots" : null;
    }
}
