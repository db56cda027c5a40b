using System.IO.MemoryMappedFiles;
using static IDocBook.Media.Fonts.HarfBuzzSubsetApi;

namespace IDocBook.Media.Fonts;

/// <summary>
/// A font file mapped into memory and wrapped in a HarfBuzz blob without copying: HarfBuzz then
/// reads only the pages of the tables it needs. (HarfBuzz's own hb_blob_create_from_file reads the
/// whole file in this build: 14 MB per CJK font, just to look at its cmap.)
/// </summary>
internal sealed unsafe class MappedFont : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private byte* _pointer;

    public IntPtr Blob { get; private set; }

    private MappedFont(MemoryMappedFile file, MemoryMappedViewAccessor view, byte* pointer, IntPtr blob)
    {
        _file = file;
        _view = view;
        _pointer = pointer;
        Blob = blob;
    }

    /// <summary>The mapped file, or null when it is empty or cannot be opened.</summary>
    public static MappedFont? Open(string path)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length is 0 or > int.MaxValue) return null;
            var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            var blob = hb_blob_create_or_fail((IntPtr)(pointer + view.PointerOffset), (uint)length, MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
            if (blob == IntPtr.Zero)
            {
                view.SafeMemoryMappedViewHandle.ReleasePointer();
                view.Dispose();
                file.Dispose();
                return null;
            }
            return new MappedFont(file, view, pointer, blob);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (Blob == IntPtr.Zero) return;
        // HarfBuzz objects made from the blob must be destroyed before this: they read the mapping.
        hb_blob_destroy(Blob);
        Blob = IntPtr.Zero;
        if (_pointer is not null) _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _pointer = null;
        _view.Dispose();
        _file.Dispose();
    }
}
