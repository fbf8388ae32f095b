import Catalog
import Foundation

/// The bytes of an import: a file read a chunk at a time, so a file of any size is never held
/// in memory, or bytes already in memory. It fingerprints what it hands out as it goes.
final class CSVInput {
    static let chunkSize = 1 << 20

    private let handle: FileHandle?
    private var pending: Data?
    private var hasher = Fingerprint.Hasher()

    init(data: Data) {
        handle = nil
        pending = data
    }

    /// Opens `path`; nil when it cannot be read.
    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
    }

    deinit { try? handle?.close() }

    /// The next bytes, or nil at the end.
    func nextChunk() throws(CSVTable.ParseError) -> [UInt8]? {
        let data: Data?
        if let handle {
            do {
                data = try handle.read(upToCount: Self.chunkSize)
            } catch {
                throw CSVTable.ParseError(line: 1, message: "无法读取文件：\(error.localizedDescription)")
            }
        } else {
            data = pending
            pending = nil
        }
        guard let data, !data.isEmpty else { return nil }
        let bytes = [UInt8](data)
        hasher.add(bytes)
        return bytes
    }

    /// The fingerprint of every byte handed out so far (all of them once the reader is done).
    var fingerprint: String { hasher.fingerprint }
}
