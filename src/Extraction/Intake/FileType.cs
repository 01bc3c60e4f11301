namespace Extraction.Intake;

/// <summary>What an inbox entry is, told from lstat without opening it: opening a FIFO blocks until someone writes
/// to it, and a symbolic link or a device would read something other than the file that was handed in.</summary>
public enum FileType { Regular, Directory, SymbolicLink, Fifo, CharacterDevice, BlockDevice, Socket, Missing }
