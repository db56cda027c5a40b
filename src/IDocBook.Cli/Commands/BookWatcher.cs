using System.Collections.Concurrent;

namespace IDocBook.Cli.Commands;

/// <summary>
/// Watches a book's folder, subfolders included, and hands out its changes a burst at a time: one
/// save is often several events (write, rename, attributes) and a checkout touches many files, so
/// a burst ends only after <see cref="Quiet"/> without a change. Every file the book may read counts
/// (chapters, configs, summaries, images, included code); the outputs do not, or each build would
/// set off the next, and neither do hidden files and editor temporaries.
/// </summary>
internal sealed class BookWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private readonly string _root;
    private readonly string _output;
    private readonly FileSystemWatcher _watcher;
    private readonly BlockingCollection<string> _changes = [];

    public BookWatcher(string folder, string output)
    {
        _root = Path.GetFullPath(folder);
        _output = Path.GetFullPath(output);
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, e) => Offer(e.FullPath);
        _watcher.Created += (_, e) => Offer(e.FullPath);
        _watcher.Deleted += (_, e) => Offer(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Offer(e.OldFullPath);
            Offer(e.FullPath);
        };
        // The event buffer overflowed and changes were lost: rebuild, since a rebuild reads everything anyway.
        _watcher.Error += (_, _) => _changes.Add(".");
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Waits for a change, then for its burst to end.</summary>
    /// <returns>The changed paths, relative to the book folder, in order.</returns>
    /// <exception cref="OperationCanceledException">When <paramref name="token"/> is cancelled.</exception>
    public IReadOnlyList<string> Next(CancellationToken token)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal) { _changes.Take(token) };
        while (_changes.TryTake(out var more, (int)Quiet.TotalMilliseconds, token)) changed.Add(more);
        return [.. changed];
    }

    /// <summary>Whether a change to <paramref name="path"/> can change the book built from <paramref name="root"/> into <paramref name="output"/> (all full paths).</summary>
    internal static bool Matters(string path, string root, string output)
    {
        if (path.EndsWith(".epub", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) return false;
        // An output folder that is the book folder itself is covered by the extensions above.
        if (!string.Equals(output, root, PathComparison) && (string.Equals(path, output, PathComparison) || path.StartsWith(output + Path.DirectorySeparatorChar, PathComparison)))
            return false;
        var relative = Path.GetRelativePath(root, path);
        if (relative.Split(Path.DirectorySeparatorChar).Any(segment => segment.StartsWith('.'))) return false;
        return !(relative.EndsWith('~') || relative.EndsWith(".swp", StringComparison.Ordinal) || relative.EndsWith(".swx", StringComparison.Ordinal) || relative.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase));
    }

    private void Offer(string path)
    {
        if (Matters(path, _root, _output)) _changes.Add(Path.GetRelativePath(_root, path).Replace('\\', '/'));
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _changes.Dispose();
    }
}
