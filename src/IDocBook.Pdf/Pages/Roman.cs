using System.Text;

namespace IDocBook.Pdf.Pages;

/// <summary>Lower-case roman numerals for front-matter folios (i, ii, iii, iv …).</summary>
internal static class Roman
{
    private static readonly (int Value, string Digits)[] Table =
        [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];

    public static string Of(int number)
    {
        var sb = new StringBuilder();
        foreach (var (value, digits) in Table)
            while (number >= value) { sb.Append(digits); number -= value; }
        return sb.ToString();
    }
}
