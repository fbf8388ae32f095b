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
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
    }
}
