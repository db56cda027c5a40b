using System.Globalization;
using System.Text;

namespace IDocBook.Pdf.Output;

/// <summary>How values are spelled in the objects we write ourselves.</summary>
internal static class PdfText
{
    /// <summary>A text string (titles, language): literal when plain ASCII, else UTF-16BE with a BOM in hex.</summary>
    public static string String(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
        {
            return "(" + value.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)") + ")";
        }
        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
    }

    /// <summary>A PDF date, <c>(D:20240301083000+08'00')</c>.</summary>
    public static string Date(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return "(D:" + date.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
            + $"{sign}{abs.Hours:D2}'{abs.Minutes:D2}')";
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A real number with at most three decimals (PDF has no exponent notation).</summary>
    public static string Real(float value)
    {
        var rounded = MathF.Round(value, 3);
        return (rounded == 0 ? 0 : rounded).ToString("0.###", CultureInfo.InvariantCulture);
    }

    /// <summary>A name object, <c>/Name</c>: bytes outside printable ASCII and delimiters are written as #xx.</summary>
    public static string Name(string value)
    {
        var name = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is > 0x20 and < 0x7F && "#/()<>[]{}%".IndexOf((char)b) < 0) name.Append((char)b);
            else name.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return name.ToString();
    }

    public static string Ref(int number) => Number(number) + " 0 R";
}
