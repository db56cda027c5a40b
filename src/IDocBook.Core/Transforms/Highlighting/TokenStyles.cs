using System.Collections.Concurrent;
using IDocBook.Core.Model;
using IDocBook.Core.Text;

namespace IDocBook.Core.Transforms.Highlighting;

/// <summary>
/// Turns a theme colour and font style into the model's <see cref="TokenStyle"/>. The name is made
/// from the style itself (<c>c0000ff</c>, <c>c008000-i</c>), not from a scope or a counter, so it is
/// the same in every chapter, every run and every thread: the EPUB writer can emit one
/// <c>.tok-&lt;name&gt;</c> rule per name and builds stay byte-identical. A theme colour too light to
/// read on the code background (WCAG AA, 4.5:1) is darkened, keeping its hue, before it is named, so
/// both writers draw the readable colour.
/// </summary>
internal static class TokenStyles
{
    // One instance per distinct style keeps memory flat on long books; records compare by value anyway.
    /// <summary>
    /// The darkest background code is set on, in either output (the EPUB's tinted panel over white,
    /// the PDF's #f5f6f8): a colour that reads on it reads on both.
    /// </summary>
    public const uint LightBackground = 0xEEF1F4;

    private static readonly ConcurrentDictionary<(string Colour, bool Bold, bool Italic), TokenStyle> Cache = new();

    /// <summary>The style for a theme colour (any of #rgb, #rgba, #rrggbb, #rrggbbaa), or null if unusable.</summary>
    public static TokenStyle? Get(string? colour, bool bold, bool italic)
    {
        var hex = Normalize(colour);
        if (hex is null) return null;
        hex = Readable(hex);
        return Cache.GetOrAdd((hex, bold, italic), key =>
            new TokenStyle($"c{key.Colour}{(key.Bold ? "-b" : "")}{(key.Italic ? "-i" : "")}", "#" + key.Colour, key.Bold, key.Italic));
    }

    private static string Readable(string hex) =>
        Contrast.Hex(Contrast.Reach(Contrast.Parse("#" + hex)!.Value, LightBackground))[1..];

    /// <summary>Six lower-case hex digits. Alpha is dropped: print and EPUB readers draw code on white.</summary>
    internal static string? Normalize(string? colour)
    {
        if (colour is not ['#', .. var digits] || !digits.All(char.IsAsciiHexDigit)) return null;
        digits = digits.ToLowerInvariant();
        return digits.Length switch
        {
            3 or 4 => string.Concat(digits[..3].Select(d => $"{d}{d}")),
            6 or 8 => digits[..6],
            _ => null,
        };
    }
}
