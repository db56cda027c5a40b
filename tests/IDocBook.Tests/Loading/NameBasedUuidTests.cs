using System.Security.Cryptography;
using System.Text;
using IDocBook.Core.Loading;
using Shouldly;

namespace IDocBook.Tests.Loading;

public class NameBasedUuidTests
{
    // Every length around the padding's edges (55/56 and 119/120 bytes need one more block), and beyond.
    [Fact]
    public void Sha1MatchesThePlatformsForEveryLengthUpToThreeBlocks()
    {
        var random = new Random(20261203);
        for (var length = 0; length <= 200; length++)
        {
            var message = new byte[length];
            random.NextBytes(message);
            Convert.ToHexString(NameBasedUuid.Sha1(message)).ShouldBe(Convert.ToHexString(SHA1.HashData(message)), $"length {length}");
        }
    }

    // Books built before the managed SHA-1 keep their identifier, so readers keep their notes.
    [Theory]
    [InlineData("idocbook:Docker 学习笔记\n")]
    [InlineData("idocbook:The Book\nAnn\nBo")]
    public void TheUuidIsTheOneThePlatformsSha1Gave(string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        NameBasedUuid.Urn(name).ShouldBe($"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}");
    }
}
