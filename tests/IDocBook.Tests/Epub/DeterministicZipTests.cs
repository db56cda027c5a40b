using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using IDocBook.Epub;
using Shouldly;
using Xunit;

namespace IDocBook.Tests.Epub;

public sealed class GivenTheZipWriter
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>容器与镜像</p>\n", 200)));
    private static readonly byte[] Noise = NoiseBytes();

    // Random bytes do not deflate: like a PNG or a JPEG, they come out larger.
    private static byte[] NoiseBytes()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Zip()
    {
        using var output = new MemoryStream();
        DeterministicZip.Write(output,
        [
            new ZipEntry("mimetype", "application/epub+zip"u8.ToArray(), Compress: false),
            new ZipEntry("OEBPS/text/容器.xhtml", Text),
            new ZipEntry("OEBPS/images/noise.png", Noise),
        ]);
        return output.ToArray();
    }

    [Fact]
    public void ItsEntriesReadBackWithTheirBytesInOrder()
    {
        using var archive = new ZipArchive(new MemoryStream(Zip()), ZipArchiveMode.Read);

        archive.Entries.Select(e => e.FullName).ShouldBe(["mimetype", "OEBPS/text/容器.xhtml", "OEBPS/images/noise.png"]);
        ReadAll(archive.Entries[1]).ShouldBe(Text);
        ReadAll(archive.Entries[2]).ShouldBe(Noise);
        archive.Entries.ShouldAllBe(e => e.LastWriteTime.Year == 1980);
    }

    [Fact]
    public void TextIsDeflatedWhileDataThatDoesNotShrinkIsStored()
    {
        var headers = ZipLocalHeaders.Read(Zip());

        headers.Select(h => h.Method).ShouldBe(new ushort[] { 0, 8, 0 });
        headers[1].CompressedSize.ShouldBeLessThan(Text.Length / 10);
        headers[2].CompressedSize.ShouldBe(Noise.Length);
        // Bit 11: the name is UTF-8, which only the entry with Chinese in its name needs.
        headers.Select(h => (h.Flags & 0x0800) != 0).ShouldBe([false, true, false]);
    }

    [Fact]
    public void EveryEntryIsMadeByUnixWithReadableFilePermissionsWhateverTheHost()
    {
        var zip = Zip();
        var end = zip.Length - 22;
        BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end)).ShouldBe(0x06054B50u);
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        for (var i = 0; i < 3; i++)
        {
            BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at)).ShouldBe(0x02014B50u);
            BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 4)).ShouldBe((ushort)0x0314, "made by: Unix, zip 2.0");
            BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at + 38)).ShouldBe(0x81A40000u, "external attributes: -rw-r--r--");
            at += 46 + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 28));
        }
    }

    [Fact]
    public void TheSameEntriesGiveTheSameBytes() => Zip().ShouldBe(Zip());

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

public sealed class GivenAnEpubWithRasterImages
{
    [Fact]
    public void ImagesAreStoredWithoutDeflatingThemAgainWhileTextIsDeflated()
    {
        // A PNG whose rows were not compressed at all: deflate would shrink it, and still it is stored.
        var rows = new byte[64 * (1 + 64 * 3)];
        using var zlib = new MemoryStream();
        using (var z = new ZLibStream(zlib, CompressionLevel.NoCompression, leaveOpen: true)) z.Write(rows);
        var png = SampleBooks.TinyPng[..33].Concat(Chunk("IDAT", zlib.ToArray())).Concat(SampleBooks.TinyPng[^12..]).ToArray();
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 64);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 64);
        png[25] = 2;
        var book = SampleBooks.Sample();
        book = book with { Resources = [.. book.Resources.Select(r => r.MediaType == "image/png" ? r with { Data = png, Width = 64, Height = 64 } : r)] };

        using var output = new MemoryStream();
        EpubWriter.Write(book, SampleBooks.Options, output);
        var headers = ZipLocalHeaders.Read(output.ToArray());

        var image = headers.Single(h => h.Name.EndsWith(".png", StringComparison.Ordinal) && h.CompressedSize == png.Length);
        image.Method.ShouldBe((ushort)0);
        headers.Where(h => h.Name.EndsWith(".xhtml", StringComparison.Ordinal)).ShouldAllBe(h => h.Method == 8);
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), System.IO.Hashing.Crc32.HashToUInt32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }
}
