using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace IDocBook.Core.Loading;

/// <summary>
/// A UUID in the layout of RFC 9562's version 5 (SHA-1 of a name): the same name always gives the
/// same UUID, so a book keeps its identifier from build to build and readers keep its notes.
/// </summary>
/// <remarks>
/// SHA-1 is computed here rather than by <see cref="System.Security.Cryptography.SHA1"/>, which on
/// Linux loads and initializes OpenSSL (~10 ms for the first hash in a small program, and some 350
/// page faults in a perf profile of a build), on the thread that reads the book, for one hash of a
/// few dozen bytes that names a book and secures nothing. Tests check it against the platform's SHA-1.
/// </remarks>
internal static class NameBasedUuid
{
    /// <summary>The UUID for <paramref name="name"/>, as <c>urn:uuid:xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx</c>.</summary>
    public static string Urn(string name)
    {
        var hash = Sha1(Encoding.UTF8.GetBytes(name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    /// <summary>SHA-1 (FIPS 180-4) of <paramref name="message"/>.</summary>
    internal static byte[] Sha1(ReadOnlySpan<byte> message)
    {
        uint[] h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
        // The message, a 1 bit, zeros, and its length in bits: a whole number of 64-byte blocks.
        var padded = new byte[(message.Length + 8) / 64 * 64 + 64];
        message.CopyTo(padded);
        padded[message.Length] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(padded.AsSpan(padded.Length - 8), (ulong)message.Length * 8);
        Span<uint> w = stackalloc uint[80];
        for (var block = 0; block < padded.Length; block += 64)
        {
            for (var i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt32BigEndian(padded.AsSpan(block + i * 4));
            for (var i = 16; i < 80; i++) w[i] = BitOperations.RotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
            uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
            for (var i = 0; i < 80; i++)
            {
                var (f, k) = i switch
                {
                    < 20 => ((b & c) | (~b & d), 0x5A827999u),
                    < 40 => (b ^ c ^ d, 0x6ED9EBA1u),
                    < 60 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDCu),
                    _ => (b ^ c ^ d, 0xCA62C1D6u),
                };
                var next = BitOperations.RotateLeft(a, 5) + f + e + k + w[i];
                (e, d, c, b, a) = (d, c, BitOperations.RotateLeft(b, 30), a, next);
            }
            h[0] += a;
            h[1] += b;
            h[2] += c;
            h[3] += d;
            h[4] += e;
        }
        var digest = new byte[20];
        for (var i = 0; i < 5; i++) BinaryPrimitives.WriteUInt32BigEndian(digest.AsSpan(i * 4), h[i]);
        return digest;
    }
}
