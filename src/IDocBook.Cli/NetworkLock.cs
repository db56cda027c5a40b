using System.Runtime.InteropServices;

namespace IDocBook.Cli;

/// <summary>
/// Takes the network away from the process: a seccomp filter makes <c>socket()</c> fail with EACCES
/// for IPv4, IPv6 and raw packet sockets, on every thread, for the rest of the process's life. A
/// build needs no network, and a book must not be able to reach one through any library's code
/// path (Svg.Skia fetched <c>http://</c> images found in nested SVGs). Local (Unix) sockets stay.
/// Linux on x86-64 and ARM64 only; elsewhere, or where the kernel refuses filters, nothing changes
/// and the code paths alone keep the promise.
/// </summary>
internal static partial class NetworkLock
{
    private const int PrSetNoNewPrivs = 38;
    private const uint SeccompSetModeFilter = 1;
    private const uint SeccompFilterFlagTsync = 1;

    /// <param name="allThreads">False confines only the calling thread (for a test that must not lock its own process).</param>
    /// <returns>True when the filter is in place.</returns>
    public static unsafe bool Engage(bool allThreads = true)
    {
        if (!OperatingSystem.IsLinux()) return false;
        var (arch, socketCall, seccompCall) = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => (0xC000003Eu, 41u, 317L),
            Architecture.Arm64 => (0xC00000B7u, 198u, 277L),
            _ => (0u, 0u, 0L),
        };
        if (arch == 0) return false;
        const ushort load = 0x20, jumpIfEqual = 0x15, ret = 0x06;
        const uint allow = 0x7FFF0000, denyEacces = 0x00050000 | 13;
        SockFilter[] program =
        [
            new(load, 0, 0, 4),                  // 0: architecture
            new(jumpIfEqual, 0, 6, arch),        // 1: another ABI: allow
            new(load, 0, 0, 0),                  // 2: system call number
            new(jumpIfEqual, 0, 4, socketCall),  // 3: not socket(): allow
            new(load, 0, 0, 16),                 // 4: socket()'s domain
            new(jumpIfEqual, 3, 0, 2),           // 5: AF_INET: deny
            new(jumpIfEqual, 2, 0, 10),          // 6: AF_INET6: deny
            new(jumpIfEqual, 1, 0, 17),          // 7: AF_PACKET: deny
            new(ret, 0, 0, allow),               // 8
            new(ret, 0, 0, denyEacces),          // 9
        ];
        if (Prctl(PrSetNoNewPrivs, 1, 0, 0, 0) != 0) return false;
        fixed (SockFilter* filter = program)
        {
            var prog = new SockFprog { Length = (ushort)program.Length, Filter = filter };
            return Syscall(seccompCall, SeccompSetModeFilter, allThreads ? SeccompFilterFlagTsync : 0, &prog) == 0;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct SockFilter(ushort code, byte jumpTrue, byte jumpFalse, uint value)
    {
        public readonly ushort Code = code;
        public readonly byte JumpTrue = jumpTrue;
        public readonly byte JumpFalse = jumpFalse;
        public readonly uint Value = value;
    }

    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct SockFprog
    {
        public ushort Length;
        public SockFilter* Filter;
    }

    [LibraryImport("libc", EntryPoint = "prctl")]
    private static partial int Prctl(int option, ulong a, ulong b, ulong c, ulong d);

    [LibraryImport("libc", EntryPoint = "syscall")]
    private static unsafe partial long Syscall(long number, uint operation, uint flags, SockFprog* program);
}
