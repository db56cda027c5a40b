namespace IDocBook.Epub;

/// <summary>A file of the package: its path under <c>OEBPS/</c>, manifest id, media type and bytes.</summary>
internal sealed record StoredFile(string Path, string Id, string MediaType, byte[] Data)
{
    /// <summary>
    /// PNG, JPEG, GIF and WebP are compressed already: deflating them again cost the realistic book's
    /// 6 MB of screenshots a tenth of a second for a gain of under 1 %, so they are stored.
    /// </summary>
    public bool IsCompressed => MediaType is "image/png" or "image/jpeg" or "image/gif" or "image/webp";
}
