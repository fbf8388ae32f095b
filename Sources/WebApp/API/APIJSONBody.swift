import Foundation
import Hummingbird

/// A request's JSON object, read strictly: only `application/json`, at most `maximumBytes`, an
/// object whose every key is one the call knows, each value of the type the document gives
/// (`null` is not "absent": the document allows it nowhere).
/// Every refusal is `bad-request-body` (400) naming the field, so a client learns what to mend.
struct APIJSONBody {
    /// Far above any real notice or acceptance (a few hundred bytes), far below memory trouble.
    static let maximumBytes = 64 * 1024

    let fields: [String: JSONValue]

    static func read(_ request: Request, context: AppRequestContext, allowed: Set<String>) async throws
        -> APIJSONBody
    {
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/json") else {
            throw WebError.badRequestBody("请以 application/json 发送 JSON 对象")
        }
        let bytes = try await APIRequestBytes.collect(request, upTo: maximumBytes)
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: bytes)
        } catch {
            throw WebError.badRequestBody("不是有效的 JSON")
        }
        guard case .object(let fields) = value else {
            throw WebError.badRequestBody("应为 JSON 对象（{…}），收到的是\(value.typeName)")
        }
        let unknown = fields.keys.filter { !allowed.contains($0) }.sorted()
        guard unknown.isEmpty else {
            throw WebError.badRequestBody(
                "未知字段 \(unknown.joined(separator: ", "))；可用字段：\(allowed.sorted().joined(separator: ", "))")
        }
        return APIJSONBody(fields: fields)
    }

    /// A string field, as sent; nil when absent. `required` refuses one with nothing but spaces.
    func string(_ key: String, required: Bool = false) throws(WebError) -> String? {
        switch fields[key] {
        case nil:
            if required { throw .badRequestBody("缺少字段 \(key)") }
            return nil
        case .string(let text)?:
            if required, !APIText.hasVisibleCharacter(text) { throw .badRequestBody("字段 \(key) 不能为空") }
            return text
        case let other?:
            throw Self.wrongType(key, "字符串", other)
        }
    }

    func integer(_ key: String, required: Bool = false) throws(WebError) -> Int? {
        switch fields[key] {
        case nil:
            if required { throw .badRequestBody("缺少字段 \(key)") }
            return nil
        case .integer(let value)?: return value
        case let other?: throw Self.wrongType(key, "整数", other)
        }
    }

    func bool(_ key: String) throws(WebError) -> Bool? {
        switch fields[key] {
        case nil: return nil
        case .bool(let value)?: return value
        case let other?: throw Self.wrongType(key, "布尔值（true 或 false）", other)
        }
    }

    func strings(_ key: String) throws(WebError) -> [String]? {
        switch fields[key] {
        case nil: return nil
        case .array(let items)?:
            var strings: [String] = []
            for item in items {
                guard case .string(let text) = item else { throw Self.wrongType("\(key) 的元素", "字符串", item) }
                strings.append(text)
            }
            return strings
        case let other?: throw Self.wrongType(key, "字符串数组", other)
        }
    }

    /// An object of strings (`{"学生类别":"在校生"}`); empty when absent.
    func stringMap(_ key: String) throws(WebError) -> [String: String] {
        switch fields[key] {
        case nil: return [:]
        case .object(let pairs)?:
            var map: [String: String] = [:]
            for (name, value) in pairs {
                guard case .string(let text) = value else { throw Self.wrongType("\(key).\(name)", "字符串", value) }
                map[name] = text
            }
            return map
        case let other?: throw Self.wrongType(key, "对象（名称: 取值）", other)
        }
    }

    private static func wrongType(_ key: String, _ expected: String, _ got: JSONValue) -> WebError {
        .badRequestBody("字段 \(key) 应为\(expected)，收到的是\(got.typeName)")
    }
}

/// A request body up to a limit; a bigger one is a 400 saying the limit, not the server's 413.
enum APIRequestBytes {
    static func collect(_ request: Request, upTo limit: Int) async throws -> Data {
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Data(buffer.readableBytesView)
        } catch {
            // Over the limit (Hummingbird's own error says 413 or gives no status at all).
            throw WebError.badRequestBody("请求内容超过 \(limit / 1024) KB 的上限")
        }
    }
}
