using System.Runtime.InteropServices;

namespace Extraction.Intake;

/// <summary>Tells an inbox entry's type with lstat, never opening it, and why a file that is not a regular one is refused.</summary>
public static class FileTypes
{
    /// <summary>The entry's own type (a symbolic link is not followed).</summary>
    public static FileType Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return FallbackOf(path);
        var status = new byte[256];
        if (LStat(path, status) != 0) return File.Exists(path) || Directory.Exists(path) ? FallbackOf(path) : FileType.Missing;
        // st_mode lies at byte 24 of struct stat on x86-64 and at byte 16 on arm64 (glibc).
        int offset = RuntimeInformation.ProcessArchitecture switch { Architecture.X64 => 24, Architecture.Arm64 => 16, _ => -1 };
        if (offset < 0) return FallbackOf(path);
        uint mode = BitConverter.ToUInt32(status, offset) & 0xF000;
        return mode switch
        {
            0x8000 => FileType.Regular, 0x4000 => FileType.Directory, 0xA000 => FileType.SymbolicLink, 0x1000 => FileType.Fifo,
            0x2000 => FileType.CharacterDevice, 0x6000 => FileType.BlockDevice, 0xC000 => FileType.Socket, _ => FileType.Regular,
        };
    }

    /// <summary>Why an entry is refused without being opened, in Chinese, or null for a regular file.</summary>
    public static string? Refusal(string path) => Of(path) switch
    {
        FileType.SymbolicLink => $"这是一个符号链接（指向 {new FileInfo(path).LinkTarget}），不是文件本身：为安全起见不跟随链接读取，请放入文件本身的副本",
        FileType.Fifo => "这是一个命名管道（FIFO），不是普通文件：未打开读取（打开会一直等待写入方），请放入实际的文件",
        FileType.CharacterDevice or FileType.BlockDevice => "这是一个设备文件，不是普通文件：未打开读取，请放入实际的文件",
        FileType.Socket => "这是一个套接字，不是普通文件：未打开读取，请放入实际的文件",
        FileType.Directory => "这是一个文件夹，不是文件：请放入其中的文件",
        _ => null,
    };

    static FileType FallbackOf(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileType.SymbolicLink;
        return info.Exists ? FileType.Regular : Directory.Exists(path) ? FileType.Directory : FileType.Missing;
    }

    [DllImport("libc", EntryPoint = "lstat", SetLastError = true)]
    static extern int LStat(string path, byte[] status);
}
