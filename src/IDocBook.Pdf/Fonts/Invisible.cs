using System.Globalization;
using System.Text;

namespace IDocBook.Pdf.Fonts;

/// <summary>
/// Characters that take no room and have no glyph of their own (ZWJ, ZWSP, variation selectors, BOM,
/// soft hyphen, control characters). They are kept in the text for extraction but never drawn, so no
/// font is asked for them and they never become a .notdef box or a "missing character" warning.
/// </summary>
public static class Invisible
{
    public static bool Is(int cp)
    {
        if (cp is '\t' or '\n') return false; // layout gives these meaning (tab stop, hard break)
        if (cp is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF) return true; // variation selectors
        if (cp is >= 0x180B and <= 0x180F) return true; // Mongolian selectors
        if (cp is 0x115F or 0x1160 or 0x3164 or 0xFFA0) return true; // Hangul fillers
        if (cp is < 0 or > 0x10FFFF or >= 0xD800 and <= 0xDFFF) return true; // broken input draws nothing either
        var category = Rune.GetUnicodeCategory(new Rune(cp));
        return category is UnicodeCategory.Control or UnicodeCategory.Format;
    }
}
