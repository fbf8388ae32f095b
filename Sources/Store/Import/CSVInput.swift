import Foundation

/// The bytes of an import: a file read a chunk at a time, so a file of any size is never held
/// in memory, or bytes already in memory. It fingerprints what it hands out as it goes.
final class CSVInput {
    static let chunkSize = 1 << 20

    private let handle: FileHandle?
    private var pending: Data?
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    private var byteCount = 0

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
        // The same FNV-1a as Catalog's `Fingerprint.of`, computed as the bytes pass.
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        byteCount += bytes.count
        return bytes
    }

    /// The fingerprint of every byte handed out so far (all of them once the reader is done).
    var fingerprint: String { String(hash, radix: 16) + "-\(byteCount)" }
}
