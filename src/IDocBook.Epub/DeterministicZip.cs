using System.IO.Compression;

namespace IDocBook.Epub;

/// <summary>
/// Writes the OCF zip so that the same entries give the same bytes: entries in the order added,
/// one fixed timestamp, fixed permissions, and no data descriptors (ZipArchive only writes those
/// when it cannot seek back to patch sizes, so it always writes into a seekable stream here).
/// </summary>
internal sealed class DeterministicZip : IDisposable
{
    // DOS time cannot hold zones or years before 1980; a constant keeps the zip independent of the
    // book's date, which the OPF already carries as dcterms:modified.
    private static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // -rw-r--r-- in the high 16 bits: otherwise unzip on Unix may create files with no permissions.
    private const int RegularFile = unchecked((int)0x81A40000);

    private readonly Stream _output;
    private readonly MemoryStream? _buffer;
    private readonly ZipArchive _archive;

    public DeterministicZip(Stream output)
    {
        _output = output;
        _buffer = output.CanSeek ? null : new MemoryStream();
        _archive = new ZipArchive(_buffer ?? output, ZipArchiveMode.Create, leaveOpen: true);
    }

    /// <summary>The first entry of an EPUB: stored, uncompressed, so readers can sniff it at offset 38.</summary>
    public void AddStored(string name, byte[] data) => Add(name, data, CompressionLevel.NoCompression);

    public void Add(string name, byte[] data) => Add(name, data, CompressionLevel.Optimal);

    private void Add(string name, byte[] data, CompressionLevel level)
    {
        var entry = _archive.CreateEntry(name, level);
        entry.LastWriteTime = Timestamp;
        entry.ExternalAttributes = RegularFile;
        using var stream = entry.Open();
        stream.Write(data);
    }

    public void Dispose()
    {
        _archive.Dispose();
        if (_buffer is null) return;
        _buffer.Position = 0;
        _buffer.CopyTo(_output);
        _buffer.Dispose();
    }
}
