using System.Text;
using IDocBook.Core.Diagnostics;
using IDocBook.Core.Model;

namespace IDocBook.Core.Loading;

/// <summary>
/// The only door to the file system. Every path is relative to the book folder (<see cref="Root"/>)
/// with '/' separators; it may climb out of the book with <c>..</c> only as far as the read
/// <see cref="Boundary"/> (the enclosing repository, see <see cref="ReadBoundary"/>), and nothing
/// beyond it can be named, neither by <c>..</c>, an absolute path, nor a symlink. Only regular files
/// are opened (a FIFO or a device would block or never end), and every read has a size cap.
/// </summary>
public sealed class BookFiles
{
    private const long MaxTextBytes = 64L << 20;

    public BookFiles(string root, string? boundary = null)
    {
        Root = Path.GetFullPath(root);
        Boundary = boundary is null ? Root : Path.GetFullPath(boundary);
        if (!IsUnder(Root, Boundary)) Boundary = Root;
    }

    public string Root { get; }

    /// <summary>The folder no read goes beyond: the book folder, or an ancestor of it.</summary>
    public string Boundary { get; }

    /// <summary>The same book folder with another read boundary.</summary>
    public BookFiles WithBoundary(string boundary) => new(Root, boundary);

    /// <summary>
    /// Resolves <paramref name="href"/> (URL-style, relative to the file <paramref name="from"/>) to a
    /// book-relative path, or null when it would leave the read boundary. Query and fragment must be removed first.
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
            if (part == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }
        var resolved = string.Join('/', parts);
        return IsUnder(Path.GetFullPath(Path.Combine(Root, resolved)), Boundary) ? resolved : null;
    }

    /// <summary>True for a regular file inside the boundary (not a folder, FIFO or device).</summary>
    public bool Exists(string path) => FullPath(path) is { } full && FileStatus.Of(full).Kind == FileKind.Regular;

    /// <summary>True when something (a file of any kind, or a folder) is there, inside the boundary.</summary>
    public bool IsPresent(string path) => FullPath(path) is { } full && FileStatus.Of(full).Kind != FileKind.Missing;

    /// <summary>False when the path, or a symlink on its way, leads outside the boundary.</summary>
    public bool IsInside(string path) => FullPath(path) is not null;

    /// <summary>The kind, size and time of what the path names; Missing when it is outside the boundary.</summary>
    public FileStatus Status(string path) => FullPath(path) is { } full ? FileStatus.Of(full) : default;

    /// <summary>The file's bytes, or null when missing (not reported), unsafe, not a regular file or too large (reported).</summary>
    public byte[]? ReadBytes(string path, DiagnosticSink sink, SourceSpan? from = null, long maxBytes = 256L << 20)
    {
        from ??= new SourceSpan(path, 0, 0);
        var full = FullPath(path);
        if (full is null)
        {
            sink.Report(Codes.OutsideBook, $"'{path}' leads outside the book and was not read.", from, "Keep every file inside the book folder (or its repository).");
            return null;
        }
        var status = FileStatus.Of(full);
        if (status.Kind == FileKind.Missing) return null;
        if (status.Kind != FileKind.Regular)
        {
            sink.Report(Codes.NotARegularFile, $"'{path}' is {(status.Kind == FileKind.Directory ? "a folder" : "a FIFO, socket or device")}, not a file, and was not read.", from,
                "Point to a regular file.");
            return null;
        }
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            // Straight into an array of the size the file states: a book's screenshots are megabytes,
            // and each copy through a buffer was fresh memory the kernel faults in page by page...
            var stated = GC.AllocateUninitializedArray<byte>((int)Math.Min(status.Size, maxBytes));
            var got = stream.ReadAtLeast(stated, stated.Length, throwOnEndOfStream: false);
            if (got < stated.Length) return stated[..got];
            Span<byte> more = stackalloc byte[1];
            if (stream.Read(more) == 0) return stated;
            // ...but the size is checked again while reading on: some files (in /proc, or growing ones) say less than they hold.
            var buffer = new MemoryStream();
            buffer.Write(stated);
            var chunk = new byte[81920];
            chunk[0] = more[0];
            for (var read = 1; read > 0; read = stream.Read(chunk, 0, chunk.Length))
            {
                if (buffer.Length + read > maxBytes)
                {
                    sink.Report(Codes.FileUnreadable, $"'{path}' is larger than the {maxBytes >> 20} MB a file may be and was not read.", from,
                        "Split the file or make it smaller.");
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            sink.Report(Codes.FileUnreadable, $"'{path}' cannot be read: {e.Message.TrimEnd('.')}.", from, "Check the file's permissions.");
            return null;
        }
    }

    /// <summary>The file as text (UTF-8, or UTF-16 with a BOM), or null when it does not exist.</summary>
    public string? ReadText(string path, DiagnosticSink sink, SourceSpan? from = null) =>
        ReadBytes(path, sink, from, MaxTextBytes) is { } bytes ? ControlCharacters.Remove(Decode(bytes, path, sink), path, sink) : null;

    /// <summary>
    /// The book-relative paths of the files named <c>*<paramref name="extension"/></c> under
    /// <paramref name="folder"/>, in no particular order. Folder links are not followed (a link to
    /// <c>.</c> would list the book again and again), hidden entries are skipped, and a folder that
    /// cannot be read is reported and left out.
    /// </summary>
    public IReadOnlyList<string> List(string folder, string extension, DiagnosticSink sink)
    {
        var result = new List<string>();
        if (FullPath(folder) is not { } start || FileStatus.Of(start).Kind != FileKind.Directory) return result;
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(start)]);
        while (pending.TryPop(out var directory))
        {
            var relative = Relative(directory.FullName);
            FileSystemInfo[] entries;
            try
            {
                entries = directory.GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                sink.Report(Codes.FolderUnreadable, $"Folder '{relative}' cannot be read ({e.Message.TrimEnd('.')}); its files are left out.", new SourceSpan(relative, 0, 0),
                    "Give the folder read permission, or move it out of the book.");
                continue;
            }
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.')) continue;
                if (entry is DirectoryInfo sub)
                {
                    if (sub.LinkTarget is not null)
                        sink.Report(Codes.FolderLinkSkipped, $"Folder link '{Relative(sub.FullName)}' is not followed.", new SourceSpan(Relative(sub.FullName), 0, 0),
                            "List the chapters in SUMMARY.md to use files behind a link.");
                    else pending.Push(sub);
                }
                else if (entry.Name.EndsWith(extension, StringComparison.Ordinal))
                    result.Add(Relative(entry.FullName));
            }
        }
        return result;
    }

    private string Relative(string full) => Path.GetRelativePath(Root, full).Replace('\\', '/') is var r && r == "." ? "" : r;

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
            sink.Report(Codes.InvalidEncoding, "The file is not valid UTF-8; invalid bytes were replaced with U+FFFD.",
                new SourceSpan(path, line, 1), "Save the file as UTF-8.");
            return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        }
    }

    // The absolute path, or null when the path or any symlink on the way leaves the boundary.
    private string? FullPath(string path)
    {
        if (path.Contains('\0')) return null;
        var full = Path.GetFullPath(Path.Combine(Root, path));
        if (!IsUnder(full, Boundary)) return null;
        var current = Boundary;
        foreach (var part in Path.GetRelativePath(Boundary, full).Split(Path.DirectorySeparatorChar))
        {
            if (part == ".") continue;
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is null) continue;
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !IsUnder(Path.GetFullPath(target.FullName), Boundary)) return null;
        }
        return full;
    }

    private static bool IsUnder(string full, string folder) =>
        full == folder || full.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
