using System.Text;
using IDocBook.Core.Text;
using IDocBook.Pdf.Fonts;

namespace IDocBook.Pdf.Text;

/// <summary>
/// Stage 1: split the text into items at piece, font (fallback) and script-class changes.
/// Script-dependent punctuation takes its face from its context (<see cref="ScriptContext"/>).
/// Invisible characters join the item before them (or after, at the start), so they stay in
/// <see cref="GlyphRun.Text"/> without needing a font. A character no font has becomes a missing
/// item, drawn as a box (<see cref="FontSet.Box"/>); the book reports it once, from the model.
/// </summary>
internal static class Itemizer
{
    public static List<Item> Run(ParagraphText text, FontSet fonts, bool cjkLanguage)
    {
        var items = new List<Item>();
        var s = text.Text;
        var cjkAt = ScriptContext.CjkAt(s, cjkLanguage);
        var pending = 0; // start of the next item: earlier invisible characters join it
        var i = 0;
        while (i < s.Length)
        {
            Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out var length);
            var cp = rune.Value;
            var piece = text.PieceAt(i);
            if (cp is '\n' or '\r' || Invisible.Is(cp))
            {
                if (items.Count > 0 && items[^1].Piece == piece && items[^1].End == i)
                {
                    items[^1] = items[^1] with { End = i + length };
                    pending = i + length;
                }
                i += length;
                continue;
            }

            var role = text.Pieces[piece].Style.Font;
            var face = fonts.FaceFor(role, cp == '\t' ? ' ' : cp, cjkAt is not null && cjkAt[i]);
            var missing = face is null;
            if (missing) face = fonts.FaceFor(role, FontSet.Box) ?? fonts.Primary(role);
            var wide = Cjk.IsWide(cp);
            if (items.Count > 0 && items[^1].End == i && items[^1].Piece == piece && items[^1].Face == face && items[^1].Wide == wide && items[^1].Missing == missing)
            {
                items[^1] = items[^1] with { End = i + length };
            }
            else
            {
                items.Add(new Item(Math.Min(pending, i), i + length, piece, face!, wide, missing));
            }
            i += length;
            pending = i;
        }
        // Text that is only invisible characters still needs an item to carry it into a run.
        if (pending < s.Length)
        {
            var piece = text.PieceAt(pending);
            items.Add(new Item(pending, s.Length, piece, fonts.Primary(text.Pieces[piece].Style.Font), false));
        }
        return items;
    }
}
