using System.IO.Compression;
using System.Text;
using IDocBook.Core.Model;
using IDocBook.Epub;

namespace IDocBook.Tests.Epub;

/// <summary>An EPUB written in memory and opened again, for tests to inspect.</summary>
internal sealed class EpubPackage
{
    public byte[] Bytes { get; }
    public IReadOnlyList<string> EntryNames { get; }
    private readonly Dictionary<string, byte[]> _entries;

    private EpubPackage(byte[] bytes)
    {
        Bytes = bytes;
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        EntryNames = [.. zip.Entries.Select(e => e.FullName)];
        _entries = zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        });
    }

    public static EpubPackage Write(Book book, EpubOptions options)
    {
        using var output = new MemoryStream();
        EpubWriter.Write(book, options, output);
        return new EpubPackage(output.ToArray());
    }

    public static EpubPackage Open(byte[] bytes) => new(bytes);

    public static EpubPackage Sample() => Write(SampleBooks.Sample(), SampleBooks.Options);

    public bool Contains(string name) => _entries.ContainsKey(name);

    public byte[] Data(string name) => _entries[name];

    public string Text(string name) => Encoding.UTF8.GetString(_entries[name]);
}
