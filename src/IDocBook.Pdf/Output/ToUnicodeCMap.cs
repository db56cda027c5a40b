using System.Globalization;
using System.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// The /ToUnicode CMap of an Identity-H font: which character each glyph id stands for, so that
/// copying and searching give back text. A glyph may stand for several characters (a ligature);
/// glyphs with no text (.notdef) have no entry, and the page wraps them in /ActualText instead.
/// </summary>
internal static class ToUnicodeCMap
{
    public static byte[] Write(IEnumerable<ushort> glyphs, Func<ushort, string?> textOf)
    {
        var mapped = glyphs.Order().Select(g => (Glyph: g, Text: textOf(g))).Where(m => !string.IsNullOrEmpty(m.Text)).ToArray();
        var text = new StringBuilder();
        text.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        text.Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n");
        text.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        text.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        // A block holds at most 100 entries.
        foreach (var block in mapped.Chunk(100))
        {
            text.Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append(" beginbfchar\n");
            foreach (var (glyph, glyphText) in block)
            {
                text.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <");
                foreach (var unit in glyphText!) text.Append(CultureInfo.InvariantCulture, $"{(int)unit:X4}");
                text.Append(">\n");
            }
            text.Append("endbfchar\n");
        }
        text.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
