import Foundation

/// A 64-bit FNV-1a fingerprint with the length: recognises the same bytes seen again (a file
/// imported twice, the catalog version a published ranking used). Not a security hash.
public enum Fingerprint {
    public static func of(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16) + "-\(data.count)"
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
