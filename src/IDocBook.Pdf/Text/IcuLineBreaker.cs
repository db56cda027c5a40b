using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using Icu;

namespace IDocBook.Pdf.Text;

/// <summary>
/// ICU's UAX #14 line breaker for <c>zh</c>, called through function pointers into libicuuc.
/// </summary>
/// <remarks>
/// icu.net finds the system's ICU and its version, and we keep it for that. Its break iterator is too
/// slow for a book, though: <c>SetText</c> walks the whole text up front and, for every boundary,
/// allocates a 128-int rule-status vector and calls through a marshalled delegate. On a 1,000-page book
/// that was 320 MB of garbage and a fifth of the layout time. Here a boundary costs one native call.
/// ICU exports its functions with the major version as a suffix (<c>ubrk_next_72</c>) unless it was
/// built without renaming, so both names are tried.
/// </remarks>
internal static unsafe class IcuLineBreaker
{
    private const int LineBreaks = 2; // UBRK_LINE
    private const int Done = -1;      // UBRK_DONE

    private static readonly Api Icu = Api.Load();

    // An iterator loads its rules and dictionaries (~ms), so each thread keeps one and resets its text.
    [ThreadStatic] private static IntPtr t_iterator;

    /// <summary>Calls <paramref name="mark"/> with every position where ICU allows a line to end, 0 and the end excluded.</summary>
    public static void Breaks(string text, Action<int> mark)
    {
        if (text.Length == 0) return;
        var status = 0;
        if (t_iterator == IntPtr.Zero)
        {
            t_iterator = Icu.Open(LineBreaks, (byte*)Icu.Locale, null, 0, &status);
            Check(status, "ubrk_open");
        }
        // ICU reads the text on every call to next, so it stays pinned for the whole walk.
        fixed (char* p = text)
        {
            Icu.SetText(t_iterator, p, text.Length, &status);
            Check(status, "ubrk_setText");
            for (var b = Icu.First(t_iterator); b != Done; b = Icu.Next(t_iterator))
            {
                if (b > 0 && b < text.Length) mark(b);
            }
        }
    }

    private static void Check(int status, string function)
    {
        // ICU's warnings are negative; only positive codes are failures.
        if (status > 0) throw new InvalidOperationException($"ICU {function} failed with error code {status}.");
    }

    private sealed class Api
    {
        public required delegate* unmanaged[Cdecl]<int, byte*, char*, int, int*, IntPtr> Open { get; init; }
        public required delegate* unmanaged[Cdecl]<IntPtr, char*, int, int*, void> SetText { get; init; }
        public required delegate* unmanaged[Cdecl]<IntPtr, int> First { get; init; }
        public required delegate* unmanaged[Cdecl]<IntPtr, int> Next { get; init; }

        /// <summary>"zh\0" in native memory for the life of the process.</summary>
        public required IntPtr Locale { get; init; }

        public static Api Load()
        {
            Wrapper.Init();
            var major = Wrapper.IcuVersion.Split('.')[0];
            var library = LoadLibrary(major);
            return new Api
            {
                Open = (delegate* unmanaged[Cdecl]<int, byte*, char*, int, int*, IntPtr>)Export(library, "ubrk_open", major),
                SetText = (delegate* unmanaged[Cdecl]<IntPtr, char*, int, int*, void>)Export(library, "ubrk_setText", major),
                First = (delegate* unmanaged[Cdecl]<IntPtr, int>)Export(library, "ubrk_first", major),
                Next = (delegate* unmanaged[Cdecl]<IntPtr, int>)Export(library, "ubrk_next", major),
                Locale = Marshal.StringToCoTaskMemUTF8("zh"),
            };
        }

        private static IntPtr LoadLibrary(string major)
        {
            string[] names = OperatingSystem.IsWindows() ? [$"icuuc{major}.dll", "icuuc.dll"]
                : OperatingSystem.IsMacOS() ? [$"libicuuc.{major}.dylib", "libicuuc.dylib"]
                : [$"libicuuc.so.{major}", "libicuuc.so"];
            foreach (var name in names)
            {
                if (NativeLibrary.TryLoad(name, Assembly.GetExecutingAssembly(), null, out var handle)) return handle;
            }
            throw new DllNotFoundException(
                $"ICU {major} was found by icu.net but its common library ({string.Join(" or ", names)}) could not be loaded for line breaking. Install libicu{major} (Debian: apt-get install libicu{major}).");
        }

        private static IntPtr Export(IntPtr library, string name, string major) =>
            NativeLibrary.TryGetExport(library, string.Create(CultureInfo.InvariantCulture, $"{name}_{major}"), out var versioned) ? versioned
            : NativeLibrary.TryGetExport(library, name, out var plain) ? plain
            : throw new EntryPointNotFoundException($"ICU {major} has no function {name} (nor {name}_{major}).");
    }
}
