using System.Security.Cryptography;
using System.Text;

namespace IDocBook.Cli.Commands;

/// <summary><c>SHA256SUMS</c> beside the outputs, in the form <c>sha256sum -c</c> reads: for release pages.</summary>
internal static class Checksums
{
    public const string FileName = "SHA256SUMS";

    /// <summary>Writes the sums of <paramref name="files"/> (all in <paramref name="folder"/>), sorted by name.</summary>
    public static WrittenFile Write(string folder, IEnumerable<WrittenFile> files)
    {
        var lines = new StringBuilder();
        foreach (var file in files.OrderBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file.Path);
            // Two spaces: text mode in sha256sum's format, which every platform's checker reads.
            lines.Append(Convert.ToHexStringLower(SHA256.HashData(stream))).Append("  ").Append(Path.GetFileName(file.Path)).Append('\n');
        }
        var path = Path.Combine(folder, FileName);
        var bytes = Encoding.UTF8.GetBytes(lines.ToString());
        AtomicFile.Write(path, stream => stream.Write(bytes));
        return new WrittenFile(path, bytes.Length);
    }
}
