using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace IDocBook.Pdf.Output;

/// <summary>
/// Writes a PDF file object by object to a stream: numbers are reserved first and objects written
/// in any order, then one cross-reference table and the trailer. Bodies are PDF syntax, one char per
/// byte: our own are ASCII (<see cref="PdfText"/> escapes text strings), and those copied from Skia's
/// PDF were read as Latin-1, so writing Latin-1 gives back Skia's bytes.
/// </summary>
internal sealed class PdfObjectWriter(Stream output)
{
    private readonly List<long> _offsets = [-1];
    // The file /ID is a digest of everything before the trailer: stable across builds, and
    // different for different books.
    private readonly IncrementalHash _digest = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
    private long _position;

    public void WriteHeader()
    {
        // The second line's high bytes tell transfer tools the file is binary.
        Put("%PDF-1.7\n"u8);
        Put([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
    }

    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Writes object <paramref name="number"/> holding <paramref name="body"/> (a dictionary, array or other value).</summary>
    public void Write(int number, string body)
    {
        Begin(number);
        Put(body);
        Put("\nendobj\n"u8);
    }

    /// <summary>Writes a stream object: <paramref name="entries"/> are its dictionary's entries besides /Length.</summary>
    public void WriteStream(int number, string entries, ReadOnlySpan<byte> data)
    {
        Begin(number);
        Put("<<" + entries + " /Length " + PdfText.Number(data.Length) + ">>\nstream\n");
        Put(data);
        Put("\nendstream\nendobj\n"u8);
    }

    /// <summary>Writes <paramref name="data"/> compressed, with /Filter /FlateDecode added to <paramref name="entries"/>.</summary>
    public void WriteCompressed(int number, string entries, ReadOnlySpan<byte> data) =>
        WriteStream(number, entries + " /Filter /FlateDecode", Flate(data));

    /// <summary>Deflates <paramref name="data"/> as /FlateDecode wants it (zlib); equal input gives equal bytes.</summary>
    public static byte[] Flate(ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream(data.Length / 3 + 64);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return buffer.ToArray();
    }

    /// <summary>The cross-reference table and the trailer; every reserved number must have been written.</summary>
    public void Finish(int root, int info)
    {
        var missing = _offsets.Skip(1).Select((o, i) => (o, i + 1)).FirstOrDefault(x => x.o < 0);
        if (missing.o < 0) throw new InvalidOperationException($"PDF object {missing.Item2} was reserved but never written.");
        var id = Convert.ToHexString(_digest.GetHashAndReset());
        var xref = _position;
        var table = new StringBuilder(_offsets.Count * 20 + 200);
        table.Append("xref\n0 ").Append(PdfText.Number(_offsets.Count)).Append('\n');
        // Entries are exactly 20 bytes: the free head, then each object's offset.
        table.Append("0000000000 65535 f\r\n");
        foreach (var offset in _offsets.Skip(1)) table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n\r\n");
        table.Append("trailer\n<</Size ").Append(PdfText.Number(_offsets.Count))
            .Append(" /Root ").Append(PdfText.Ref(root)).Append(" /Info ").Append(PdfText.Ref(info))
            .Append(" /ID [<").Append(id).Append("> <").Append(id).Append(">]>>\n");
        table.Append("startxref\n").Append(xref.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        output.Write(Encoding.ASCII.GetBytes(table.ToString()));
    }

    private void Begin(int number)
    {
        if (_offsets[number] >= 0) throw new InvalidOperationException($"PDF object {number} was written twice.");
        _offsets[number] = _position;
        Put(PdfText.Number(number) + " 0 obj\n");
    }

    private void Put(string text) => Put(Encoding.Latin1.GetBytes(text));

    private void Put(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        _digest.AppendData(bytes);
        _position += bytes.Length;
    }
}
