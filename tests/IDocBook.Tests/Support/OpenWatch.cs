using System.Runtime.InteropServices;
using System.Text;

namespace IDocBook.Tests.Support;

/// <summary>
/// Watches folders with inotify for any open or read of the folder itself or a file in it, by any
/// process: the proof that a build opened nothing outside the book, whatever library tried.
/// </summary>
internal sealed partial class OpenWatch : IDisposable
{
    private const uint InAccess = 0x1, InOpen = 0x20;
    private readonly int _fd;

    public OpenWatch(params string[] folders)
    {
        _fd = InotifyInit1(0x800 /* IN_NONBLOCK */);
        if (_fd < 0) throw new InvalidOperationException("inotify is not available");
        foreach (var folder in folders)
            if (InotifyAddWatch(_fd, folder, InAccess | InOpen) < 0) throw new InvalidOperationException($"cannot watch {folder}");
    }

    /// <summary>The names opened or read since the watch began ("." for a folder itself).</summary>
    public IReadOnlyList<string> Opened()
    {
        var names = new List<string>();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var read = Read(_fd, buffer, buffer.Length);
            if (read <= 0) return names;
            for (var at = 0; at < read;)
            {
                var length = BitConverter.ToInt32(buffer, at + 12);
                var name = Encoding.UTF8.GetString(buffer, at + 16, length).TrimEnd('\0');
                names.Add(name.Length == 0 ? "." : name);
                at += 16 + length;
            }
        }
    }

    public void Dispose() => Close(_fd);

    [LibraryImport("libc", EntryPoint = "inotify_init1")]
    private static partial int InotifyInit1(int flags);

    [LibraryImport("libc", EntryPoint = "inotify_add_watch", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int InotifyAddWatch(int fd, string path, uint mask);

    [LibraryImport("libc", EntryPoint = "read")]
    private static partial nint Read(int fd, byte[] buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
