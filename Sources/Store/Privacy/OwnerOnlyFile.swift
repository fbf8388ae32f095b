import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The ledger holds student numbers, names and ID numbers: its file is its owner's alone.
enum OwnerOnlyFile {
    /// Creates an empty file at `path`, readable and writable by its owner only (0600, whatever
    /// the umask), unless something is already there: an existing database keeps the
    /// permissions its administrator gave it. SQLite gives the WAL and shared-memory files the
    /// database file's permissions, so they are 0600 too.
    static func create(at path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return }
            throw failure("无法创建数据库文件")
        }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else { throw failure("无法把数据库文件设为仅所有者可读写") }
    }

    private static func failure(_ what: String) -> LedgerError {
        LedgerError("\(what)（\(String(cString: strerror(errno)))）；请确认所在文件夹存在且当前用户可写", code: .fileNotWritable)
    }
}
