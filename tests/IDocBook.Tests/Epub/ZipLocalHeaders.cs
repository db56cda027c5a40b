using System.Buffers.Binary;
using System.Text;

namespace IDocBook.Tests.Epub;

/// <summary>The local file headers of a zip, read straight from the bytes (ZipArchive hides them).</summary>
internal sealed record ZipLocalHeader(string Name, ushort Flags, ushort Method, ushort ExtraLength, int DataOffset, int CompressedSize);

internal static class ZipLocalHeaders
{
    public static List<ZipLocalHeader> Read(byte[] zip)
    {
        var headers = new List<ZipLocalHeader>();
        var at = 0;
        while (at + 30 <= zip.Length && BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)) == 0x04034B50)
        {
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 6));
            var method = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 8));
            var compressed = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at + 18));
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 26));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 28));
            var name = Encoding.UTF8.GetString(zip, at + 30, nameLength);
            var data = at + 30 + nameLength + extraLength;
            headers.Add(new ZipLocalHeader(name, flags, method, extraLength, data, compressed));
            at = data + compressed;
        }
        return headers;
    }
}
