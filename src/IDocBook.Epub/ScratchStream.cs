namespace IDocBook.Epub;

/// <summary>
/// One memory stream per thread for files that are written whole and then copied out: each
/// chapter's XHTML and its deflated bytes. A fresh stream per file grew through a new array at
/// every doubling; a reused one has grown already.
/// </summary>
internal static class ScratchStream
{
    // Larger streams are let go rather than kept for the life of the thread.
    private const int MaxKept = 4 << 20;

    [ThreadStatic] private static MemoryStream? t_free;

    /// <summary>What <paramref name="write"/> writes to an empty stream.</summary>
    public static byte[] Collect(Action<Stream> write)
    {
        // Taken from the thread, not shared: a write that itself needs a scratch stream gets a new one.
        var stream = t_free ?? new MemoryStream();
        t_free = null;
        stream.SetLength(0);
        write(stream);
        var bytes = stream.ToArray();
        if (stream.Capacity <= MaxKept) t_free = stream;
        return bytes;
    }
}
