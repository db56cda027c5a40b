using System.Runtime.InteropServices;

namespace Onigwrap;

/// <summary>
/// The native Oniguruma that the Onigwrap package builds for every platform, compiled for UTF-16LE.
/// Its <c>onigwrap_*</c> functions are exported everywhere; the regset functions only where the
/// build exports all of Oniguruma (Linux and macOS, not Windows), hence <see cref="RegSets"/>.
/// </summary>
internal static unsafe partial class Oniguruma
{
    private const string Library = "libonigwrap";

    /// <summary><c>ONIG_MISMATCH</c>: searched to the end, nothing matched. Other negative results are errors.</summary>
    public const int Mismatch = -1;

    /// <summary>
    /// Compiling is not thread-safe in Oniguruma (first use initializes shared encoding tables), so
    /// every compile takes this lock, as the package's wrapper did. Searching needs no global lock.
    /// </summary>
    public static readonly Lock Compiling = new();

    /// <summary>Oniguruma's <c>OnigRegion</c>: byte offsets of each group, -1 for a group that did not take part.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Region
    {
        public int Allocated;
        public int Count;
        public int* Start;
        public int* End;
        public nint History;
    }

    /// <summary>The regset functions, or null where the native build does not export them.</summary>
    public static RegSetFunctions? RegSets { get; } = RegSetFunctions.Load();

    /// <summary>Compiles with ONIG_OPTION_CAPTURE_GROUP and Oniguruma's own syntax; 0 when the pattern is invalid.</summary>
    public static nint Compile(string pattern)
    {
        var text = PatternText.ForOniguruma(pattern);
        lock (Compiling)
        {
            fixed (char* p = text) return onigwrap_create(p, text.Length * 2, 0, 0);
        }
    }

    [LibraryImport(Library)]
    private static partial nint onigwrap_create(char* pattern, int byteLength, int ignoreCase, int multiline);

    [LibraryImport(Library)]
    public static partial void onigwrap_free(nint regex);

    [LibraryImport(Library)]
    public static partial Region* onigwrap_region_new();

    [LibraryImport(Library)]
    public static partial void onigwrap_region_free(Region* region);

    /// <summary><c>onig_search</c> from <paramref name="byteOffset"/> to the end of the text.</summary>
    [LibraryImport(Library)]
    public static partial int onigwrap_search(nint regex, char* text, int byteOffset, int byteLength, Region* region);

    /// <summary><c>onig_regset_*</c>: one search for the leftmost match of any of several patterns.</summary>
    internal sealed class RegSetFunctions
    {
        /// <summary>int onig_regset_new(OnigRegSet** set, int n, regex_t* regs[]): the set owns the patterns from then on.</summary>
        public required delegate* unmanaged<nint*, int, nint*, int> New { get; init; }

        /// <summary>int onig_regset_search(set, str, end, start, range, OnigRegSetLead lead, OnigOptionType option, int* match_pos).</summary>
        public required delegate* unmanaged<nint, byte*, byte*, byte*, byte*, int, uint, int*, int> Search { get; init; }

        /// <summary>OnigRegion* onig_regset_get_region(set, int at).</summary>
        public required delegate* unmanaged<nint, int, Region*> GetRegion { get; init; }

        /// <summary>void onig_regset_free(set), patterns included.</summary>
        public required delegate* unmanaged<nint, void> Free { get; init; }

        /// <summary><c>ONIG_REGSET_POSITION_LEAD</c>: the leftmost match wins, the first pattern on a tie (TextMate's rule).</summary>
        public const int PositionLead = 0;

        public static RegSetFunctions? Load()
        {
            if (!NativeLibrary.TryLoad(Library, typeof(Oniguruma).Assembly, null, out var library)) return null;
            if (!NativeLibrary.TryGetExport(library, "onig_regset_new", out var create)
                || !NativeLibrary.TryGetExport(library, "onig_regset_search", out var search)
                || !NativeLibrary.TryGetExport(library, "onig_regset_get_region", out var region)
                || !NativeLibrary.TryGetExport(library, "onig_regset_free", out var free))
                return null;
            return new RegSetFunctions
            {
                New = (delegate* unmanaged<nint*, int, nint*, int>)create,
                Search = (delegate* unmanaged<nint, byte*, byte*, byte*, byte*, int, uint, int*, int>)search,
                GetRegion = (delegate* unmanaged<nint, int, Region*>)region,
                Free = (delegate* unmanaged<nint, void>)free,
            };
        }
    }
}
