using System.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// The PDF name of a destination. PDF names are bytes, and readers disagree on how to show or match
/// non-ASCII ones (Skia even wrote 第一章 as /???), so names that are not plain ASCII are spelled as
/// hex of their UTF-8 bytes behind a '~'; plain names stay readable. One-to-one, so links still
/// find their targets.
/// </summary>
internal static class DestinationNames
{
    public static string ForPdf(string name)
    {
        var plain = name.Length > 0 && name[0] != '~' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
        return plain ? name : "~" + Convert.ToHexString(Encoding.UTF8.GetBytes(name));
    }
}
