import Foundation
import Hummingbird

/// A call's query parameters, read strictly like a body: an unknown parameter, a repeated one, a
/// blank one or a value of the wrong form is `bad-request-body` (400) naming the parameter.
struct APIQuery {
    let parameters: [String: String]

    init(_ request: Request, allowed: Set<String>) throws(WebError) {
        var parameters: [String: String] = [:]
        for (name, value) in request.uri.queryParameters {
            let name = String(name)
            guard allowed.contains(name) else {
                let known = allowed.isEmpty ? "此接口不接受查询参数" : "可用参数：\(allowed.sorted().joined(separator: ", "))"
                throw .badRequestBody("未知查询参数 \(name)；\(known)")
            }
            guard parameters[name] == nil else { throw .badRequestBody("查询参数 \(name) 只能写一次") }
            parameters[name] = String(value)
        }
        self.parameters = parameters
    }

    /// The parameter as sent; nil when absent; nothing but spaces is refused (a typing mistake).
    func string(_ name: String, required: Bool = false) throws(WebError) -> String? {
        guard let value = parameters[name] else {
            if required { throw .badRequestBody("缺少查询参数 \(name)") }
            return nil
        }
        guard APIText.hasVisibleCharacter(value) else { throw .badRequestBody("查询参数 \(name) 不能为空") }
        return value
    }

    func integer(_ name: String, in range: ClosedRange<Int>) throws(WebError) -> Int? {
        guard let text = parameters[name] else { return nil }
        guard APIText.isInteger(text), let value = Int(text), range.contains(value) else {
            throw .badRequestBody("查询参数 \(name) 应为 \(range.lowerBound)…\(range.upperBound) 之间的整数")
        }
        return value
    }

    func bool(_ name: String) throws(WebError) -> Bool {
        switch parameters[name] {
        case nil: return false
        case "true": return true
        case "false": return false
        default: throw .badRequestBody("查询参数 \(name) 应为 true 或 false")
        }
    }

    /// A value written in `form` (`matches` is the document's pattern) that `parse` reads.
    func parsed<Value>(
        _ name: String, as form: String, matches: (String) -> Bool, _ parse: (String) -> Value?
    ) throws(WebError) -> Value? {
        guard let text = parameters[name] else { return nil }
        guard matches(text), let value = parse(text) else { throw .badRequestBody("查询参数 \(name) 应写成 \(form)") }
        return value
    }
}
