using System.Globalization;

namespace IDocBook.Core.Diagrams;

/// <summary>CSS colours as Mermaid styles write them: <c>#rgb</c>, <c>#rrggbb</c>, <c>#rrggbbaa</c>, <c>rgb()</c>, <c>rgba()</c> and the common names.</summary>
internal static class Colors
{
    private static readonly Dictionary<string, uint> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = 0x000000, ["white"] = 0xFFFFFF, ["red"] = 0xFF0000, ["green"] = 0x008000, ["blue"] = 0x0000FF,
        ["yellow"] = 0xFFFF00, ["orange"] = 0xFFA500, ["purple"] = 0x800080, ["pink"] = 0xFFC0CB, ["gray"] = 0x808080,
        ["grey"] = 0x808080, ["lightgray"] = 0xD3D3D3, ["lightgrey"] = 0xD3D3D3, ["darkgray"] = 0xA9A9A9, ["darkgrey"] = 0xA9A9A9,
        ["silver"] = 0xC0C0C0, ["maroon"] = 0x800000, ["navy"] = 0x000080, ["teal"] = 0x008080, ["olive"] = 0x808000,
        ["lime"] = 0x00FF00, ["aqua"] = 0x00FFFF, ["cyan"] = 0x00FFFF, ["fuchsia"] = 0xFF00FF, ["magenta"] = 0xFF00FF,
        ["lightblue"] = 0xADD8E6, ["lightgreen"] = 0x90EE90, ["lightyellow"] = 0xFFFFE0, ["lightpink"] = 0xFFB6C1,
        ["darkblue"] = 0x00008B, ["darkgreen"] = 0x006400, ["darkred"] = 0x8B0000, ["gold"] = 0xFFD700, ["brown"] = 0xA52A2A,
        ["beige"] = 0xF5F5DC, ["ivory"] = 0xFFFFF0, ["lavender"] = 0xE6E6FA, ["salmon"] = 0xFA8072, ["coral"] = 0xFF7F50,
        ["tomato"] = 0xFF6347, ["skyblue"] = 0x87CEEB, ["steelblue"] = 0x4682B4, ["royalblue"] = 0x4169E1, ["indigo"] = 0x4B0082,
        ["violet"] = 0xEE82EE, ["tan"] = 0xD2B48C, ["khaki"] = 0xF0E68C, ["wheat"] = 0xF5DEB3, ["aliceblue"] = 0xF0F8FF,
        ["honeydew"] = 0xF0FFF0, ["mintcream"] = 0xF5FFFA, ["whitesmoke"] = 0xF5F5F5, ["gainsboro"] = 0xDCDCDC,
    };

    /// <summary>The colour as 0xAARRGGBB, or null for none, <c>transparent</c> or anything unreadable.</summary>
    public static uint? Parse(string value)
    {
        value = value.Trim();
        if (value.Length == 0 || value.Equals("none", StringComparison.OrdinalIgnoreCase) || value.Equals("transparent", StringComparison.OrdinalIgnoreCase)) return null;
        if (Named.TryGetValue(value, out var rgb)) return 0xFF000000 | rgb;
        if (value[0] == '#' && value.Skip(1).All(char.IsAsciiHexDigit))
        {
            var hex = value[1..];
            if (hex.Length is 3 or 4) hex = string.Concat(hex.Select(c => new string(c, 2)));
            if (hex.Length == 6) return 0xFF000000 | uint.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (hex.Length == 8)
            {
                var rgba = uint.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                return Opaque((rgba & 0xFF) << 24 | rgba >> 8);
            }
            return null;
        }
        var open = value.IndexOf('(');
        if (open > 0 && value[^1] == ')' && value[..open].Trim().ToLowerInvariant() is "rgb" or "rgba")
        {
            var parts = value[(open + 1)..^1].Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is < 3 or > 4) return null;
            var channels = new uint[3];
            for (var i = 0; i < 3; i++)
            {
                var part = parts[i];
                var percent = part.EndsWith('%');
                if (!float.TryParse(percent ? part[..^1] : part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !float.IsFinite(v)) return null;
                channels[i] = (uint)Math.Clamp(MathF.Round(percent ? v * 2.55f : v), 0, 255);
            }
            var alpha = 1f;
            if (parts.Length == 4 && (!float.TryParse(parts[3].TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out alpha) || !float.IsFinite(alpha))) return null;
            if (parts.Length == 4 && parts[3].EndsWith('%')) alpha /= 100;
            return Opaque((uint)Math.Clamp(MathF.Round(alpha * 255), 0, 255) << 24 | channels[0] << 16 | channels[1] << 8 | channels[2]);
        }
        return null;
    }

    // A fully transparent colour is no colour: 0 already means "none" to the writers.
    private static uint? Opaque(uint argb) => argb >> 24 == 0 ? null : argb;
}
