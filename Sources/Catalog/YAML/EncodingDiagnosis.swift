import Foundation

/// Says where a file stops being UTF-8 and which encoding it was probably saved in, so the
/// administrator knows what to look at and what to convert from. Editors on Chinese Windows
/// save GBK; some save UTF-16; a pasted `×` or `é` from another file leaves one Latin-1 byte.
enum EncodingDiagnosis {
    static func diagnose(_ data: Data, file: String) -> Diagnostic {
        let bytes = [UInt8](data)
        if let utf16 = utf16Reason(bytes) {
            return Diagnostic(
                .error, "invalid-encoding", "文件是以 UTF-16 保存的（\(utf16)）；请另存为 UTF-8",
                at: .start(of: file))
        }
        // Foundation refused the bytes, so some offset is invalid; clamp should the two ever disagree.
        let invalid = min(firstInvalidOffset(bytes) ?? 0, max(bytes.count - 1, 0))
        guard !bytes.isEmpty else {
            return Diagnostic(
                .error, "invalid-encoding", "文件不是 UTF-8 文本；请另存为 UTF-8", at: .start(of: file))
        }
        if isGBK(bytes), let firstWide = bytes.firstIndex(where: { $0 >= 0x80 }) {
            // In a GBK file the first non-ASCII byte starts the first Chinese character, even when
            // its first bytes happen to pass as UTF-8.
            return Diagnostic(
                .error, "invalid-encoding",
                "文件不是 UTF-8：其中的中文看来是 GBK/GB18030 编码（中文 Windows 的默认编码）；请另存为 UTF-8",
                at: location(of: firstWide, in: bytes, file: file))
        }
        let byte = String(bytes[invalid], radix: 16, uppercase: true)
        return Diagnostic(
            .error, "invalid-encoding",
            "字节 0x\(byte) 不是 UTF-8：文件可能是以 Latin-1 或其他单字节编码（如 Windows-1252）保存的；"
                + "请另存为 UTF-8",
            at: location(of: invalid, in: bytes, file: file))
    }

    /// Text that is valid UTF-8 but holds NUL bytes: UTF-16 without a byte-order mark, or binary.
    static func diagnoseNUL(_ data: Data, file: String) -> Diagnostic {
        let bytes = [UInt8](data)
        if let utf16 = utf16Reason(bytes) {
            return Diagnostic(
                .error, "invalid-encoding", "文件是以 UTF-16 保存的（\(utf16)）；请另存为 UTF-8",
                at: .start(of: file))
        }
        let nul = bytes.firstIndex(of: 0) ?? 0
        return Diagnostic(
            .error, "invalid-encoding", "文件中有 NUL 字节，不是文本文件；请另存为 UTF-8 文本",
            at: location(of: nul, in: bytes, file: file))
    }

    /// Why the bytes look like UTF-16: a byte-order mark, or mostly-ASCII text with every other byte zero.
    private static func utf16Reason(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return "开头是 UTF-16 的字节顺序标记"
        }
        let nuls = bytes.count { $0 == 0 }
        return bytes.count >= 4 && nuls * 4 >= bytes.count ? "其中很多字节是 0" : nil
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// Whether every non-ASCII byte pairs up as a GBK character (or a GB18030 four-byte one).
    /// UTF-8 Chinese rarely passes: its three-byte characters leave a byte without a partner.
    static func isGBK(_ bytes: [UInt8]) -> Bool {
        var index = 0
        var sawWide = false
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard (0x81...0xFE).contains(lead), index + 1 < bytes.count else { return false }
            let second = bytes[index + 1]
            if (0x30...0x39).contains(second) {
                guard index + 3 < bytes.count, (0x81...0xFE).contains(bytes[index + 2]),
                    (0x30...0x39).contains(bytes[index + 3])
                else { return false }
                index += 4
            } else {
                guard (0x40...0xFE).contains(second), second != 0x7F else { return false }
                index += 2
            }
            sawWide = true
        }
        return sawWide
    }

    /// Line and column of a byte offset, counting lines and columns as `SourceText` does in the
    /// valid text before it.
    private static func location(of offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        let source = SourceText(String(decoding: bytes[..<offset], as: UTF8.self), file: file)
        return source.location(of: source.scalars.count)
    }
}
