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

    public static string Ref(int number) => Number(number) + " 0 R";
}
