using System.Runtime.InteropServices;

namespace IDocBook.Core.Loading;

/// <summary>What kind of thing a path names.</summary>
public enum FileKind { Missing, Regular, Directory, Other }

/// <summary>
/// A path's kind, size and modification time from one <c>statx</c> call, following symlinks.
/// .NET calls a FIFO, a device and a socket "files" (File.Exists is true, Length is 0), and opening a
/// FIFO blocks until a writer comes; only the kind the kernel reports tells them apart before opening.
/// The modification time stays seconds, so a time past the year 9999 is a number, not an exception.
/// </summary>
public readonly partial record struct FileStatus(FileKind Kind, long Size, long ModifiedSeconds)
{
    private const int AtFdCwd = -100;
    private const uint Wanted = 0x1 /* TYPE */ | 0x40 /* MTIME */ | 0x200 /* SIZE */;

    public static unsafe FileStatus Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return Managed(path);
        // struct statx is 256 bytes with the same layout on every architecture.
        var buffer = stackalloc byte[256];
        if (Statx(AtFdCwd, path, 0, Wanted, buffer) != 0)
            return new FileStatus(FileKind.Missing, 0, 0);
        var mode = *(ushort*)(buffer + 28) & 0xF000;
        var kind = mode switch { 0x8000 => FileKind.Regular, 0x4000 => FileKind.Directory, _ => FileKind.Other };
        return new FileStatus(kind, *(long*)(buffer + 40), *(long*)(buffer + 112));
    }

    private static FileStatus Managed(string path)
    {
        if (Directory.Exists(path)) return new FileStatus(FileKind.Directory, 0, 0);
        var info = new FileInfo(path);
        if (!info.Exists) return new FileStatus(FileKind.Missing, 0, 0);
        return new FileStatus(FileKind.Regular, info.Length, new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeSeconds());
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);
}
