using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using IDocBook.Core.Threading;

namespace IDocBook.Epub;

/// <summary>One file of the zip; <see cref="Compress"/> false stores it as is (the EPUB's mimetype).</summary>
internal sealed record ZipEntry(string Name, byte[] Data, bool Compress = true);

/// <summary>
/// Writes the OCF zip so that the same entries give the same bytes on any machine: entries in the
/// order given, one fixed timestamp, Unix permissions and "made by Unix" whatever the host, sizes in
/// the local headers (no data descriptors), no extra fields.
/// </summary>
/// <remarks>
/// Our own writer rather than <see cref="ZipArchive"/>, which records the host system in every entry
/// and compresses one entry after another; here entries are compressed on every core.
/// </remarks>
internal static class DeterministicZip
{
    private const ushort VersionNeeded = 20;          // 2.0: deflate
    private const ushort MadeByUnix = 3 << 8 | 20;    // so readers honour the permission bits
    private const ushort Utf8Names = 1 << 11;         // general purpose flag: names are UTF-8
    private const ushort Stored = 0, Deflated = 8;

    // DOS time cannot hold zones or years before 1980; a constant keeps the zip independent of the
    // book's date, which the OPF already carries as dcterms:modified. 1980-01-01 00:00 is date 0x21, time 0.
    private const ushort DosDate = 0x21, DosTime = 0;

    // -rw-r--r-- in the high 16 bits: otherwise unzip on Unix may create files with no permissions.
    private const uint RegularFile = 0x81A40000;

    public static void Write(Stream output, IReadOnlyList<ZipEntry> entries)
    {
        var packed = OrderedParallel.Select(entries, Pack);
        var central = new MemoryStream();
        long offset = 0;
        foreach (var entry in packed)
        {
            var name = Encoding.UTF8.GetBytes(entry.Name);
            if (name.Length > ushort.MaxValue) throw new InvalidOperationException($"Zip entry name '{entry.Name}' is too long.");
            var local = new byte[30 + name.Length];
            var header = Header(local, 0x04034B50, entry, name.Length, central: false);
            name.CopyTo(local.AsSpan(header));
            output.Write(local);
            output.Write(entry.Bytes);

            var record = new byte[46 + name.Length];
            var at = Header(record, 0x02014B50, entry, name.Length, central: true);
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(42), checked((uint)offset));
            name.CopyTo(record.AsSpan(at));
            central.Write(record);
            offset += local.Length + entry.Bytes.Length;
        }

        if (packed.Length > ushort.MaxValue || offset + central.Length > uint.MaxValue)
            throw new InvalidOperationException("The EPUB is too large for a zip without Zip64 (over 65,535 files or 4 GB).");
        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054B50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)packed.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)packed.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), (uint)offset);
        central.Position = 0;
        central.CopyTo(output);
        output.Write(end);
    }

    private sealed record Packed(string Name, ushort Method, uint Crc, byte[] Bytes, long Size);

    private static Packed Pack(ZipEntry entry)
    {
        if (entry.Data.LongLength > uint.MaxValue) throw new InvalidOperationException($"Zip entry '{entry.Name}' is over 4 GB.");
        var crc = Crc32.HashToUInt32(entry.Data);
        if (!entry.Compress) return new Packed(entry.Name, Stored, crc, entry.Data, entry.Data.Length);
        var deflated = ScratchStream.Collect(buffer =>
        {
            using var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true);
            deflate.Write(entry.Data);
        });
        // Images and fonts that are compressed already can come out larger: those are stored.
        return deflated.Length < entry.Data.Length
            ? new Packed(entry.Name, Deflated, crc, deflated, entry.Data.Length)
            : new Packed(entry.Name, Stored, crc, entry.Data, entry.Data.Length);
    }

    /// <summary>The fields local and central headers share; returns where the name goes.</summary>
    private static int Header(byte[] into, uint signature, Packed entry, int nameLength, bool central)
    {
        var span = into.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, signature);
        // The central record has "version made by" before the fields the local header starts with.
        var at = 4;
        if (central)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[at..], MadeByUnix);
            at += 2;
        }
        BinaryPrimitives.WriteUInt16LittleEndian(span[at..], VersionNeeded);
        // A name of more bytes than characters is not ASCII, so it is flagged as UTF-8.
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 2)..], nameLength == entry.Name.Length ? (ushort)0 : Utf8Names);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 4)..], entry.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 6)..], DosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 8)..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 10)..], entry.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 14)..], (uint)entry.Bytes.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 18)..], (uint)entry.Size);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 22)..], (ushort)nameLength);
        // Extra field length 0; the central record then has comment length, disk number and
        // internal attributes (all 0), external attributes, and the local header's offset.
        if (!central) return 30;
        BinaryPrimitives.WriteUInt32LittleEndian(span[38..], RegularFile);
        return 46;
    }
}
