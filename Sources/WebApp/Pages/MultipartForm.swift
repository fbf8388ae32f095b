import Foundation
import NIOCore

/// A `multipart/form-data` body as a browser sends a file upload (RFC 7578): its parts in
/// order, each with its field name, the file's name when it is a file, and its bytes. Only
/// what a browser's form sends is read; anything else is refused as a bad request, never
/// guessed at.
public struct MultipartForm: Sendable {
    public struct Part: Sendable, Equatable {
        public var name: String
        /// The name of the chosen file, without any folder; nil for a plain field.
        public var filename: String?
        public var data: Data

        public var text: String { String(decoding: data, as: UTF8.self) }
    }

    public var parts: [Part]

    /// Parses `body` as sent with `contentType` (which carries the boundary).
    public init(contentType: String?, body: ByteBuffer) throws(WebError) {
        guard let contentType, let boundary = Self.boundary(of: contentType) else {
            throw .badRequestBody("上传文件须以 multipart/form-data 提交（请使用页面上的上传表单）")
        }
        parts = try Self.parse(Array(body.readableBytesView), boundary: Array("--\(boundary)".utf8))
    }

    /// The first part named `name`.
    public func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// A plain field's text, trimmed; nil when absent or blank.
    public func value(_ name: String) -> String? {
        let value = part(name)?.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return value?.isEmpty == false ? value : nil
    }

    /// Whether a checkbox named `name` was ticked.
    public func isTicked(_ name: String) -> Bool { part(name) != nil }

    static func boundary(of contentType: String) -> String? {
        let fields = Self.fields(contentType)
        guard fields.first?.lowercased() == "multipart/form-data" else { return nil }
        for field in fields.dropFirst() {
            let pair = field.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            // RFC 2046: 1 to 70 characters.
            return (1...70).contains(value.count) ? value : nil
        }
        return nil
    }

    private static let crlf: [UInt8] = [13, 10]
    private static let headerEnd: [UInt8] = [13, 10, 13, 10]

    static func parse(_ bytes: [UInt8], boundary: [UInt8]) throws(WebError) -> [Part] {
        let broken = WebError.badRequestBody("上传的表单内容不完整或格式不正确，请重新选择文件上传")
        guard var start = bytes.firstRange(of: boundary)?.upperBound else { throw broken }
        let delimiter = crlf + boundary
        var parts: [Part] = []
        while true {
            // After a boundary: "--" ends the body, CRLF starts a part.
            if bytes[start...].starts(with: [45, 45]) { return parts }
            guard bytes[start...].starts(with: crlf) else { throw broken }
            let headersStart = start + 2
            guard let headersEnd = bytes[headersStart...].firstRange(of: headerEnd),
                let next = bytes[headersEnd.upperBound...].firstRange(of: delimiter)
            else { throw broken }
            let headers = String(decoding: bytes[headersStart..<headersEnd.lowerBound], as: UTF8.self)
            guard let disposition = Self.disposition(in: headers), let name = disposition["name"] else { throw broken }
            // Old browsers send the whole path (`C:\fakepath\x.csv`): only the name is kept.
            let filename = disposition["filename"].map {
                String($0.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
            }
            parts.append(
                Part(name: name, filename: filename, data: Data(bytes[headersEnd.upperBound..<next.lowerBound])))
            start = next.upperBound
        }
    }

    /// The parameters of the part's `Content-Disposition: form-data; name="…"; filename="…"`.
    static func disposition(in headers: String) -> [String: String]? {
        for line in headers.components(separatedBy: "\r\n") {
            let header = line.split(separator: ":", maxSplits: 1).map(String.init)
            guard header.count == 2, header[0].lowercased() == "content-disposition" else { continue }
            var parameters: [String: String] = [:]
            for field in Self.fields(header[1]).dropFirst() {
                let pair = field.split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2 else { continue }
                var value = pair[1]
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                    value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
                }
                parameters[pair[0].lowercased()] = value
            }
            return parameters
        }
        return nil
    }

    /// `form-data; name="a;b"` split at the semicolons outside quotes.
    static func fields(_ text: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character == ";" && !quoted {
                fields.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current.trimmingCharacters(in: .whitespaces))
        return fields
    }
}
