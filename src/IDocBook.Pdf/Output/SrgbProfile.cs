using System.Buffers.Binary;
using System.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// An ICC v2 display profile of sRGB (IEC 61966-2-1), made here rather than copied from a file: the
/// primaries adapted to D50 by Bradford, as ICC profiles state them, and the sRGB transfer curve as
/// a 1024-point table. PDF/A's output intent names the colour space the book's RGB colours are in.
/// </summary>
internal static class SrgbProfile
{
    public static byte[] Bytes { get; } = Make();

    private static byte[] Make()
    {
        var tags = new List<(string Signature, byte[] Data)>
        {
            ("desc", Description("sRGB IEC61966-2.1")),
            ("cprt", Text("No copyright, use freely")),
            ("wtpt", Xyz(0.9642, 1.0, 0.8249)),
            ("rXYZ", Xyz(0.4360747, 0.2225045, 0.0139322)),
            ("gXYZ", Xyz(0.3850649, 0.7168786, 0.0971045)),
            ("bXYZ", Xyz(0.1430804, 0.0606169, 0.7141733)),
        };
        var curve = Curve();
        tags.AddRange([("rTRC", curve), ("gTRC", curve), ("bTRC", curve)]);

        const int headerSize = 128;
        var tableSize = 4 + tags.Count * 12;
        var offsets = new Dictionary<byte[], int>(ReferenceEqualityComparer.Instance);
        var offset = headerSize + tableSize;
        foreach (var (_, data) in tags)
        {
            if (offsets.ContainsKey(data)) continue;
            offsets[data] = offset;
            offset += (data.Length + 3) & ~3;
        }
        var profile = new byte[offset];
        var span = profile.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, (uint)profile.Length);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], 0x02100000);
        Ascii(span[12..], "mntr");
        Ascii(span[16..], "RGB ");
        Ascii(span[20..], "XYZ ");
        // A fixed date: the profile, and so the PDF, is the same in every build.
        foreach (var (value, at) in new[] { (2026, 24), (1, 26), (1, 28) }) BinaryPrimitives.WriteUInt16BigEndian(span[at..], (ushort)value);
        Ascii(span[36..], "acsp");
        Fixed(span[68..], 0.9642);
        Fixed(span[72..], 1.0);
        Fixed(span[76..], 0.8249);
        BinaryPrimitives.WriteUInt32BigEndian(span[headerSize..], (uint)tags.Count);
        for (var i = 0; i < tags.Count; i++)
        {
            var entry = span[(headerSize + 4 + i * 12)..];
            Ascii(entry, tags[i].Signature);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], (uint)offsets[tags[i].Data]);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)tags[i].Data.Length);
        }
        foreach (var (data, at) in offsets) data.CopyTo(span[at..]);
        return profile;
    }

    // textDescriptionType: the ASCII description, then empty Unicode and ScriptCode descriptions.
    private static byte[] Description(string text)
    {
        var data = new byte[12 + text.Length + 1 + 8 + 3 + 67];
        Ascii(data, "desc");
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), (uint)(text.Length + 1));
        Ascii(data.AsSpan(12), text);
        return data;
    }

    private static byte[] Text(string text)
    {
        var data = new byte[8 + text.Length + 1];
        Ascii(data, "text");
        Ascii(data.AsSpan(8), text);
        return data;
    }

    private static byte[] Xyz(double x, double y, double z)
    {
        var data = new byte[20];
        Ascii(data, "XYZ ");
        Fixed(data.AsSpan(8), x);
        Fixed(data.AsSpan(12), y);
        Fixed(data.AsSpan(16), z);
        return data;
    }

    // The sRGB transfer function: linear near black, a 2.4 power above.
    private static byte[] Curve()
    {
        const int points = 1024;
        var data = new byte[12 + points * 2];
        Ascii(data, "curv");
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), points);
        for (var i = 0; i < points; i++)
        {
            var v = i / (double)(points - 1);
            var linear = v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(12 + i * 2), (ushort)Math.Round(linear * 65535));
        }
        return data;
    }

    private static void Fixed(Span<byte> into, double value) =>
        BinaryPrimitives.WriteInt32BigEndian(into, (int)Math.Round(value * 65536));

    private static void Ascii(Span<byte> into, string text) => Encoding.ASCII.GetBytes(text, into);
}
