using System.Text;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;

namespace IDocBook.Core.Loading;

/// <summary>
/// The only door to the file system. Every path is book-relative with '/' separators; nothing
/// outside the root can be named, neither by <c>..</c>, an absolute path, nor a symlink.
/// </summary>
public sealed class BookFiles
{
    private const long MaxTextBytes = 64L << 20;

    public BookFiles(string root) => Root = Path.GetFullPath(root);

    public string Root { get; }

    /// <summary>
    /// Resolves <paramref name="href"/> (URL-style, relative to the file <paramref name="from"/>) to a
    /// book-relative path, or null when it would leave the book. Query and fragment must be removed first.
    /// </summary>
    public string? Resolve(string from, string href)
    {
        var path = Uri.UnescapeDataString(href.Replace('\\', '/'));
        if (path.StartsWith('/') || Path.IsPathRooted(path) || path.Contains('\0')) return null;
        var directory = from.Contains('/') ? from[..from.LastIndexOf('/')] : "";
        var parts = new List<string>();
        foreach (var part in (directory.Length > 0 ? directory + "/" + path : path).Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..") { if (parts.Count == 0) return null; parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(part);
        }
        return string.Join('/', parts);
    }

    public bool Exists(string path) => FullPath(path) is { } full && File.Exists(full);

    /// <summary>False when the path, or a symlink on its way, leads outside the book.</summary>
    public bool IsInside(string path) => FullPath(path) is not null;

    /// <summary>The file's bytes, or null when missing or unsafe (reported).</summary>
    public byte[]? ReadBytes(string path, DiagnosticSink sink, SourceSpan? from = null, long maxBytes = 256L << 20)
    {
        var full = FullPath(path);
        if (full is null)
        {
            sink.Report(Codes.OutsideBook, $"'{path}' leads outside the book and was not read", from, "Keep every file inside the book folder.");
            return null;
        }
        try
        {
            var info = new FileInfo(full);
            if (!info.Exists) return null;
            if (info.Length > maxBytes)
            {
                sink.Report(Codes.FileUnreadable, $"'{path}' is {info.Length / (1 << 20)} MB, more than the {maxBytes / (1 << 20)} MB allowed", from);
                return null;
            }
            return File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            sink.Report(Codes.FileUnreadable, $"cannot read '{path}': {e.Message}", from);
            return null;
        }
    }

    /// <summary>The file as text (UTF-8, or UTF-16 with a BOM), or null when it does not exist.</summary>
    public string? ReadText(string path, DiagnosticSink sink, SourceSpan? from = null) =>
        ReadBytes(path, sink, from, MaxTextBytes) is { } bytes ? ControlCharacters.Remove(Decode(bytes, path, sink), path, sink) : null;

    internal static string Decode(byte[] bytes, string path, DiagnosticSink sink)
    {
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = start + Math.Max(0, e.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(at, bytes.Length)).Count((byte)'\n');
            sink.Report(Codes.InvalidEncoding, "the file is not valid UTF-8; invalid bytes were replaced with U+FFFD",
                new SourceSpan(path, line, 1), "Save the file as UTF-8.");
            return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        }
    }

    // The absolute path, or null when the path or any symlink on the way leaves the root.
    private string? FullPath(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, path));
        if (!IsUnderRoot(full)) return null;
        var current = Root;
        foreach (var part in Path.GetRelativePath(Root, full).Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is null) continue;
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !IsUnderRoot(Path.GetFullPath(target.FullName))) return null;
        }
        return full;
    }

    private bool IsUnderRoot(string full) =>
        full == Root || full.StartsWith(Root.EndsWith(Path.DirectorySeparatorChar) ? Root : Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
