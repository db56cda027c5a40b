using System.Globalization;

namespace IDocBook.Core.Text;

/// <summary>
/// WCAG 2.x contrast between sRGB colours, and the nearest colour of the same hue that reaches a
/// ratio on a background: darkened towards black on a light background, lightened towards white on
/// a dark one. Colours are <c>0xRRGGBB</c>.
/// </summary>
public static class Contrast
{
    /// <summary>AA for body text (WCAG 1.4.3), with a little room so rounding in a checker cannot tip it under.</summary>
    public const double TextRatio = 4.6;

    /// <summary>The contrast ratio of two colours, from 1 to 21.</summary>
    public static double Ratio(uint a, uint b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>WCAG's relative luminance.</summary>
    public static double Luminance(uint rgb) =>
        0.2126 * Linear((rgb >> 16) & 0xFF) + 0.7152 * Linear((rgb >> 8) & 0xFF) + 0.0722 * Linear(rgb & 0xFF);

    /// <summary>
    /// <paramref name="colour"/> if it already reaches <paramref name="ratio"/> on <paramref name="background"/>;
    /// otherwise the least change of it, mixed with black (light background) or white (dark one), that does.
    /// </summary>
    public static uint Reach(uint colour, uint background, double ratio = TextRatio)
    {
        if (Ratio(colour, background) >= ratio) return colour;
        var towards = Luminance(background) > 0.18 ? 0x000000u : 0xFFFFFFu;
        // The ratio grows with the share of black (or white), so the least share is found by halving.
        double low = 0, high = 1;
        for (var i = 0; i < 24; i++)
        {
            var mid = (low + high) / 2;
            if (Ratio(Mix(colour, towards, mid), background) >= ratio) high = mid;
            else low = mid;
        }
        // Rounding to 8 bits may land just under; step on until it holds.
        var share = high;
        var result = Mix(colour, towards, share);
        while (Ratio(result, background) < ratio && share < 1) result = Mix(colour, towards, share = Math.Min(1, share + 0.01));
        return result;
    }

    /// <summary><c>#rrggbb</c>, lower case.</summary>
    public static string Hex(uint rgb) => "#" + (rgb & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);

    /// <summary>The colour of <c>#rgb</c> or <c>#rrggbb</c>, or null.</summary>
    public static uint? Parse(string? hex)
    {
        if (hex is not ['#', .. var digits] || !digits.All(char.IsAsciiHexDigit)) return null;
        if (digits.Length == 3) digits = string.Concat(digits.Select(d => $"{d}{d}"));
        return digits.Length == 6 ? uint.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture) : null;
    }

    // Mixed in sRGB, as a designer darkens a colour: the hue stays, only the lightness moves.
    private static uint Mix(uint colour, uint towards, double share)
    {
        uint Channel(int shift)
        {
            var a = (colour >> shift) & 0xFF;
            var b = (towards >> shift) & 0xFF;
            return (uint)Math.Round(a + (b - (double)a) * share, MidpointRounding.AwayFromZero) << shift;
        }
        return Channel(16) | Channel(8) | Channel(0);
    }

    private static double Linear(uint channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
