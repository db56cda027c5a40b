using IDocBook.Core.Loading;
using Shouldly;

namespace IDocBook.Tests.Loading;

public class MediaTypesTests
{
    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0 }, "image/jpeg")]
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 1, 0 }, "image/gif")]
    public void FormatsAreKnownByTheirBytes(byte[] data, string expected) => MediaTypes.Sniff(data).ShouldBe(expected);

    [Fact]
    public void SvgIsFoundAfterDeclarationCommentAndDoctype() =>
        MediaTypes.Sniff("\uFEFF<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray()).ShouldBe("image/svg+xml");

    [Fact]
    public void AnHtmlPageSavedAsAnImageIsNotAnImage() =>
        MediaTypes.Sniff("<!DOCTYPE html><html><body>404</body></html>"u8.ToArray()).ShouldBeNull();

    [Fact]
    public void WebpNeedsBothMarkers()
    {
        MediaTypes.Sniff("RIFF\0\0\0\0WEBPVP8 "u8.ToArray()).ShouldBe("image/webp");
        MediaTypes.Sniff("RIFF\0\0\0\0WAVEfmt "u8.ToArray()).ShouldBeNull();
    }
}
