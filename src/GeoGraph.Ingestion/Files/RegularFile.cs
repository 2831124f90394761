using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace GeoGraph.Ingestion.Files;

/// <summary>
/// Opens a file for reading only when it is a regular file. A named pipe, socket or device in the inbox is refused
/// with a reason instead of read: opening a pipe blocks until a writer comes, which would stall ingestion for good.
/// </summary>
public static class RegularFile
{
    private const int ReadOnly = 0;
    private const int CloseOnExec = 0x80000;
    // O_NONBLOCK: open() returns at once for a pipe with no writer; it changes nothing for a regular file.
    private static readonly int NonBlocking = OperatingSystem.IsMacOS() ? 0x4 : 0x800;

    public static FileStream OpenRead(string path)
    {
        if (OperatingSystem.IsWindows()) return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var descriptor = Open(path, ReadOnly | NonBlocking | (OperatingSystem.IsLinux() ? CloseOnExec : 0));
        if (descriptor < 0) throw ErrorFor(path, Marshal.GetLastPInvokeError());
        var stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read);
        // Only regular files (and block devices, which nobody can create without root) can seek.
        if (stream.CanSeek) return stream;
        stream.Dispose();
        throw new UnreadableArticleException(path, "not a regular file (a named pipe, socket or device)");
    }

    private static Exception ErrorFor(string path, int errno) => errno switch
    {
        2 => new FileNotFoundException($"No such file: {path}", path),
        13 => new UnauthorizedAccessException($"Access denied: {path}"),
        6 => new UnreadableArticleException(path, "not a regular file (a named pipe, socket or device)"),
        _ => new IOException($"Could not open {path}: {Marshal.GetPInvokeErrorMessage(errno)}"),
    };

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
