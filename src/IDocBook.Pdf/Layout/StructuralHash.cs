using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace IDocBook.Pdf.Layout;

/// <summary>
/// A 128-bit digest of an object graph's content: every public property of every object, by type,
/// strings and byte arrays by value, lists in order. Two chapters with the same digest lay out the
/// same, whichever objects hold them, which is what lets <c>watch</c> reuse a chapter's boxes: the
/// transforms make new objects on every build even for chapters that did not change.
/// </summary>
/// <remarks>
/// Reflection rather than a hand-written walk, so a property added to the model can never be left
/// out of the key. A type's properties are looked up once.
/// </remarks>
internal static class StructuralHash
{
    private const int MaxDepth = 1024;

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    private sealed record Shape(byte[] Name, Func<object, object?>[] Getters);

    public static UInt128 Of(params object?[] values)
    {
        var hash = new XxHash128();
        foreach (var value in values) Append(hash, value, 0);
        return hash.GetCurrentHashAsUInt128();
    }

    private static void Append(XxHash128 hash, object? value, int depth)
    {
        if (depth > MaxDepth) throw new InvalidOperationException($"An object graph nested deeper than {MaxDepth} levels (a cycle?) cannot be hashed.");
        switch (value)
        {
            case null:
                Tag(hash, 0);
                break;
            case string text:
                Tag(hash, 1);
                Number(hash, text.Length);
                hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
                break;
            case byte[] bytes:
                Tag(hash, 2);
                Number(hash, bytes.Length);
                hash.Append(bytes);
                break;
            case bool flag:
                Tag(hash, flag ? (byte)3 : (byte)4);
                break;
            case Enum e:
                Tag(hash, 5);
                hash.Append(ShapeOf(e.GetType()).Name);
                Number(hash, Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case int or long or short or sbyte or byte or ushort or uint or char:
                Tag(hash, 6);
                Number(hash, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case float single:
                Tag(hash, 7);
                Number(hash, BitConverter.SingleToInt32Bits(single));
                break;
            case double real:
                Tag(hash, 12);
                Number(hash, BitConverter.DoubleToInt64Bits(real));
                break;
            case DateTimeOffset date:
                Tag(hash, 13);
                Number(hash, date.Ticks);
                Number(hash, date.Offset.Ticks);
                break;
            case DateTime or TimeSpan or decimal or ulong or Guid:
                // Round-trip text: exact, and the same for equal values.
                Tag(hash, 14);
                var exact = value is DateTime time ? time.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
                hash.Append(Encoding.UTF8.GetBytes(value.GetType().Name + "|" + exact));
                break;
            case IEnumerable items:
                Tag(hash, 8);
                foreach (var item in items) Append(hash, item, depth + 1);
                Tag(hash, 9);
                break;
            default:
                var shape = ShapeOf(value.GetType());
                Tag(hash, 10);
                hash.Append(shape.Name);
                foreach (var getter in shape.Getters) Append(hash, getter(value), depth + 1);
                Tag(hash, 11);
                break;
        }
    }

    // The model's types come from value.GetType(), which the trimmer cannot follow: the native
    // release keeps our assemblies whole (TrimMode partial in the command's project), so every
    // property is still there. Plain reflection calls, not compiled expression trees: a native
    // program could only interpret those, and in a JIT-compiled build the two hashed the realistic
    // book's 201 chapters in the same 75-135 ms (one warm process, six passes each).
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "IDocBook's assemblies are not trimmed: see above.")]
    private static Shape ShapeOf(Type type) => Shapes.GetOrAdd(type, t =>
    {
        var properties = t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal);
        return new Shape(Encoding.UTF8.GetBytes(t.FullName ?? t.Name), [.. properties.Select(p => (Func<object, object?>)p.GetValue)]);
    });

    private static void Tag(XxHash128 hash, byte tag) => hash.Append([tag]);

    private static void Number(XxHash128 hash, long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BitConverter.TryWriteBytes(bytes, value);
        hash.Append(bytes);
    }
}
