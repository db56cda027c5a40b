using System.Globalization;
using System.Runtime.InteropServices;

namespace IDocBook.Cli.Commands;

/// <summary>
/// Writes a file through a temporary name in the same folder (<c>.name.PID.tmp</c>) and renames it
/// into place, so a crash or a full disk never leaves a half-written e-book where the old one was.
/// A build ended by SIGTERM, SIGINT, SIGHUP or SIGQUIT deletes its temporaries before it goes
/// (<see cref="DeleteOnSignal"/>); one killed outright (SIGKILL, a power cut) leaves them, and the
/// next build into that folder deletes those whose process is gone and whose lock nobody holds.
/// </summary>
internal static class AtomicFile
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Open = new(StringComparer.Ordinal);
    private static bool _ending;

    public static void Write(string path, Action<Stream> write)
    {
        using var pending = Begin(path);
        write(pending.Stream);
        pending.Commit();
    }

    /// <summary>
    /// Opens the temporary for <paramref name="path"/>; nothing is at <paramref name="path"/> until
    /// <see cref="Pending.Commit"/>, and disposing an uncommitted file deletes the temporary. A build
    /// writing several files commits them only once all are complete, so an unexpected failure in
    /// one leaves none of them half-made.
    /// </summary>
    public static Pending Begin(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        CleanStale(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        // Created and registered in one step, so a signal never finds a temporary it does not know.
        lock (Gate)
        {
            if (_ending) throw new OperationCanceledException("The build is being stopped.");
            // FileShare.None takes an exclusive lock (flock): the mark that a live build owns the file.
            var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
            Open.Add(temp);
            return new Pending(path, temp, stream);
        }
    }

    /// <summary>A file being written under its temporary name.</summary>
    public sealed class Pending(string path, string temp, FileStream stream) : IDisposable
    {
        private bool _done;

        public Stream Stream => stream;

        public string Path => path;

        /// <summary>Closes the file and renames it into place.</summary>
        public void Commit()
        {
            stream.Dispose();
            File.Move(temp, path, overwrite: true);
            Dispose();
        }

        public void Dispose()
        {
            if (_done) return;
            _done = true;
            stream.Dispose();
            lock (Gate)
            {
                Open.Remove(temp);
                if (File.Exists(temp)) File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Until disposed, a signal that ends the process first deletes every temporary being written.
    /// The signal then takes its usual course: the process ends with its usual status.
    /// </summary>
    public static IDisposable DeleteOnSignal()
    {
        if (OperatingSystem.IsWindows()) return new Registrations([]);
        PosixSignal[] signals = [PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP, PosixSignal.SIGQUIT];
        return new Registrations([.. signals.Select(s => PosixSignalRegistration.Create(s, _ => DeleteAll()))]);
    }

    private static void DeleteAll()
    {
        lock (Gate)
        {
            _ending = true;
            foreach (var temp in Open)
            {
                try { File.Delete(temp); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            }
            Open.Clear();
        }
    }

    private sealed class Registrations(PosixSignalRegistration[] registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in registrations) registration.Dispose();
        }
    }

    /// <summary>Deletes the temporaries (<c>.x.epub.PID.tmp</c>, <c>.x.pdf.PID.tmp</c>) of builds that died in <paramref name="directory"/>.</summary>
    internal static void CleanStale(string directory)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(directory, ".*.tmp").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var temp in candidates)
        {
            if (Owner(Path.GetFileName(temp)) is not { } pid || pid == Environment.ProcessId || IsRunning(pid)) continue;
            try
            {
                // A build that still writes holds the file's lock; opening it exclusively proves nobody does.
                using (new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) { }
                File.Delete(temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    // The PID in ".name.epub.PID.tmp" or ".name.pdf.PID.tmp"; null for any other file.
    private static int? Owner(string name)
    {
        var parts = name.Split('.');
        if (parts.Length < 5 || parts[^1] != "tmp" || parts[^3] is not ("epub" or "pdf")) return null;
        return int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        if (OperatingSystem.IsLinux()) return Directory.Exists($"/proc/{pid}");
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
