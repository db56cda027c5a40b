using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// A page's content stream being written: PDF operators with their operands, spelled in ASCII.
/// Coordinates are PDF's (points, origin bottom-left); callers convert from the layout's top-left.
/// </summary>
internal sealed class ContentStream
{
    private readonly ArrayBufferWriter<byte> _bytes = new(4096);
    // The TJ array is opened by its first glyph or adjustment, so that a text run that starts or
    // ends at an /ActualText span does not write an empty "[] TJ".
    private bool _showBegun, _showOpen;

    public ReadOnlySpan<byte> Bytes => _bytes.WrittenSpan;

    /// <summary>Writes the operands, then the operator, then a line end.</summary>
    public ContentStream Op(string op, params ReadOnlySpan<float> operands)
    {
        foreach (var operand in operands)
        {
            Number(operand);
            Raw(" "u8);
        }
        Raw(op);
        Raw("\n"u8);
        return this;
    }

    /// <summary>A fill or stroke colour from ARGB (alpha is set through <see cref="Alpha"/>).</summary>
    public ContentStream Color(uint argb, bool stroke) =>
        Op(stroke ? "RG" : "rg", ((argb >> 16) & 0xFF) / 255f, ((argb >> 8) & 0xFF) / 255f, (argb & 0xFF) / 255f);

    /// <summary>Selects a graphics state by resource name (for transparency).</summary>
    public ContentStream Alpha(string name)
    {
        Raw("/"); Raw(name); Raw(" gs\n"u8);
        return this;
    }

    /// <summary>The dash pattern for strokes (<c>[on off …] 0 d</c>); empty for solid lines.</summary>
    public ContentStream Dash(IEnumerable<float> lengths)
    {
        Raw("["u8);
        var first = true;
        foreach (var length in lengths)
        {
            if (!first) Raw(" "u8);
            Number(length);
            first = false;
        }
        Raw("] 0 d\n"u8);
        return this;
    }

    public ContentStream Font(string name, float size)
    {
        Raw("/"); Raw(name); Raw(" "u8); Number(size); Raw(" Tf\n"u8);
        return this;
    }

    public ContentStream XObject(string name)
    {
        Raw("/"); Raw(name); Raw(" Do\n"u8);
        return this;
    }

    /// <summary>Starts a marked-content span whose text is <paramref name="actualText"/> when extracted.</summary>
    public ContentStream BeginActualText(string actualText)
    {
        Raw("/Span <</ActualText "u8);
        Raw(PdfText.String(actualText));
        Raw(">> BDC\n"u8);
        return this;
    }

    public ContentStream EndMarkedContent() => Op("EMC");

    /// <summary>Starts the content numbered <paramref name="mcid"/> of a structure element of type <paramref name="type"/>.</summary>
    public ContentStream BeginMarked(string type, int mcid)
    {
        Raw("/"); Raw(type); Raw(" <</MCID "u8); Raw(PdfText.Number(mcid)); Raw(">> BDC\n"u8);
        return this;
    }

    /// <summary>Starts content that is not the book's: running heads, folios, rules, backgrounds, leaders.</summary>
    public ContentStream BeginArtifact() => Op("/Artifact BMC");

    /// <summary>Starts a TJ array; glyphs and adjustments follow, then <see cref="EndShow"/>.</summary>
    public ContentStream BeginShow()
    {
        _showBegun = true;
        return this;
    }

    private void InShow()
    {
        if (_showOpen || !_showBegun) return;
        Raw("["u8);
        _showOpen = true;
    }

    /// <summary>A two-byte glyph id (the fonts are Identity-H).</summary>
    public ContentStream Glyph(ushort glyph)
    {
        InShow();
        Span<byte> hex = stackalloc byte[6];
        hex[0] = (byte)'<';
        Hex(glyph >> 8, hex[1..]);
        Hex(glyph & 0xFF, hex[3..]);
        hex[5] = (byte)'>';
        Raw(hex);
        return this;
    }

    /// <summary>Moves the next glyph left by <paramref name="thousandths"/> of the font size (TJ's sign).</summary>
    public ContentStream Adjust(float thousandths)
    {
        InShow();
        Number(thousandths);
        return this;
    }

    public ContentStream EndShow()
    {
        if (_showOpen) Raw("] TJ\n"u8);
        _showBegun = _showOpen = false;
        return this;
    }

    // Three decimals: a thousandth of a point is far below any printer's resolution, and the
    // shorter numbers make the stream smaller and faster to compress. Spelled by hand: a custom
    // format string cost a third of the page writer's time.
    private void Number(float value)
    {
        var thousandths = (long)Math.Round(value * 1000d, MidpointRounding.AwayFromZero);
        var span = _bytes.GetSpan(24);
        var at = 0;
        if (thousandths < 0)
        {
            span[at++] = (byte)'-';
            thousandths = -thousandths;
        }
        Utf8Formatter.TryFormat(thousandths / 1000, span[at..], out var written);
        at += written;
        var fraction = (int)(thousandths % 1000);
        if (fraction != 0)
        {
            span[at++] = (byte)'.';
            span[at++] = (byte)('0' + fraction / 100);
            fraction %= 100;
            if (fraction != 0)
            {
                span[at++] = (byte)('0' + fraction / 10);
                fraction %= 10;
                if (fraction != 0) span[at++] = (byte)('0' + fraction);
            }
        }
        _bytes.Advance(at);
    }

    private static void Hex(int value, Span<byte> into)
    {
        const string Digits = "0123456789ABCDEF";
        into[0] = (byte)Digits[value >> 4];
        into[1] = (byte)Digits[value & 0xF];
    }

    private void Raw(ReadOnlySpan<byte> bytes) => _bytes.Write(bytes);

    private void Raw(string ascii)
    {
        var span = _bytes.GetSpan(ascii.Length);
        var written = Encoding.ASCII.GetBytes(ascii, span);
        _bytes.Advance(written);
    }
}
