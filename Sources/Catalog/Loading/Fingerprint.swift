import Foundation

/// A 64-bit FNV-1a fingerprint with the length: recognises the same bytes seen again (a file
/// imported twice, the catalog version a published ranking used). Not a security hash.
public enum Fingerprint {
    public static func of(_ data: Data) -> String {
        var hasher = Hasher()
        hasher.add(data)
        return hasher.fingerprint
    }

    /// The same fingerprint fed a piece at a time (FNV-1a over the bytes, and their count), for
    /// bytes that are never all in memory at once.
    public struct Hasher: Sendable {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        private var byteCount = 0

        public init() {}

        public mutating func add(_ bytes: some Sequence<UInt8>) {
            // Contiguous bytes (Data, arrays) in a loop this module compiles for them: through
            // the generic iterator, across modules, a byte cost a quarter of an events import.
            if bytes.withContiguousStorageIfAvailable({ add(buffer: $0) }) != nil { return }
            for byte in bytes {
                hash = Self.mixed(hash, byte)
                byteCount += 1
            }
        }

        private mutating func add(buffer: UnsafeBufferPointer<UInt8>) {
            hash = buffer.reduce(hash, Self.mixed)
            byteCount += buffer.count
        }

        /// One FNV-1a step.
        private static func mixed(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
            (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }

        public var fingerprint: String { String(hash, radix: 16) + "-\(byteCount)" }
    }

    /// One fingerprint for several files, in path order.
    public static func of(files: [(path: String, data: Data)]) -> String {
        var joined = Data()
        for file in files.sorted(by: { $0.path < $1.path }) {
            joined.append(Data(file.path.utf8))
            joined.append(0)
            joined.append(file.data)
        }
        return of(joined)
    }
}

extension CatalogSource {
    /// The catalog's version, as its files' fingerprint.
    public var fingerprint: String { Fingerprint.of(files: files.map { ($0.relativePath, $0.data) }) }
}
