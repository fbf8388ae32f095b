import Catalog
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import WebApp

/// The in-process half of the API's conformance (schemathesis, `scripts/api-conformance.sh`,
/// is the other): every operation the document lists is called, with good and bad input, and
/// each answer's status must be one the document gives for it and its JSON body must validate
/// against that response's schema.
@Suite struct APIConformanceTests {
    /// One call of an operation: the document's path template and method, the URI sent.
    struct Call: Sendable {
        var template: String
        var method: HTTPRequest.Method
        var uri: String
        var body: String?
        var contentType = "application/json"
    }

    static let calls: [Call] = [
        Call(template: "/api/openapi.yaml", method: .get, uri: "/api/openapi.yaml"),
        Call(template: "/api/route", method: .get, uri: "/api/route?q=%E9%A5%AD%E5%8D%A1%E4%B8%A2%E4%BA%86"),
        Call(template: "/api/route", method: .get, uri: "/api/route?q=%E6%8A%A4%E7%85%A7&limit=1"),
        Call(template: "/api/route", method: .get, uri: "/api/route"),
        Call(template: "/api/route", method: .get, uri: "/api/route?q=x&limit=0"),
        Call(template: "/api/services", method: .get, uri: "/api/services"),
        Call(template: "/api/services", method: .get, uri: "/api/services?window=1"),
        Call(template: "/api/services", method: .get, uri: "/api/services?window=99"),
        Call(template: "/api/services", method: .get, uri: "/api/services?colour=red"),
        Call(template: "/api/services/{id}", method: .get, uri: "/api/services/student-id-replacement"),
        Call(template: "/api/services/{id}", method: .get, uri: "/api/services/no-such-service"),
        Call(
            template: "/api/services/{id}/notice", method: .post, uri: "/api/services/student-id-replacement/notice",
            body: #"{"have":["written_application"],"submitted":"2026-10-12T09:00"}"#),
        Call(
            template: "/api/services/{id}/notice", method: .post, uri: "/api/services/student-id-replacement/notice",
            body: #"{"facts":{"nope":"x"}}"#),
        Call(
            template: "/api/services/{id}/notice", method: .post, uri: "/api/services/student-id-replacement/notice",
            body: #"{"colour":"red"}"#),
        Call(template: "/api/cases", method: .get, uri: "/api/cases?status=open&limit=5"),
        Call(template: "/api/cases", method: .get, uri: "/api/cases?status=lost"),
        Call(
            template: "/api/cases", method: .post, uri: "/api/cases",
            body: #"{"service":"student-id-replacement","window":1,"student":"2023010102","student_name":"李四"}"#),
        Call(template: "/api/cases", method: .post, uri: "/api/cases", body: #"{"service":"x","window":"1"}"#),
        Call(template: "/api/cases/overdue", method: .get, uri: "/api/cases/overdue?period=2026-10"),
        Call(template: "/api/cases/overdue", method: .get, uri: "/api/cases/overdue?from=2026-10-01&to=2026-12-31"),
        Call(template: "/api/cases/overdue", method: .get, uri: "/api/cases/overdue?period=2026-13"),
        Call(template: "/api/cases/{n}", method: .get, uri: "/api/cases/1"),
        Call(template: "/api/cases/{n}", method: .get, uri: "/api/cases/999"),
        Call(template: "/api/cases/{n}", method: .get, uri: "/api/cases/abc"),
        Call(
            template: "/api/cases/{n}/transitions", method: .post, uri: "/api/cases/1/transitions",
            body: #"{"action":"pause","reason":"照片不合格"}"#),
        Call(
            template: "/api/cases/{n}/transitions", method: .post, uri: "/api/cases/1/transitions",
            body: #"{"action":"resume"}"#),
        Call(
            template: "/api/cases/{n}/transitions", method: .post, uri: "/api/cases/1/transitions",
            body: #"{"action":"step","step":"verify"}"#),
        Call(
            template: "/api/cases/{n}/transitions", method: .post, uri: "/api/cases/1/transitions",
            body: #"{"action":"complete"}"#),
        Call(
            template: "/api/cases/{n}/transitions", method: .post, uri: "/api/cases/1/transitions",
            body: #"{"action":"complete"}"#),
        Call(
            template: "/api/cases/{n}/transitions", method: .post, uri: "/api/cases/1/transitions",
            body: #"{"action":"fly"}"#),
        Call(
            template: "/api/events", method: .post, uri: "/api/events",
            body: APICalls.eventsCSV,
            contentType: "text/csv"),
        Call(
            template: "/api/events", method: .post, uri: "/api/events",
            body: APICalls.eventsCSV.replacingOccurrences(of: ",1,", with: ",77,"),
            contentType: "text/csv"),
        Call(template: "/api/score", method: .get, uri: "/api/score?scheme=wulong-monthly&period=2026-10"),
        Call(template: "/api/score", method: .get, uri: "/api/score?scheme=no-such-scheme&period=2026-10"),
        Call(template: "/api/score", method: .get, uri: "/api/score?scheme=wulong-monthly"),
    ]

    @Test func everyDocumentedOperationIsCalled() throws {
        let document = try APIDocument.shipped()
        let called = Set(Self.calls.map { "\($0.method.rawValue) \($0.template)" })
        let documented = Set(document.operations.map { "\($0.method) \($0.path)" })
        #expect(documented == called, "documented but not called: \(documented.subtracting(called))")
    }

    @Test func everyAnswerIsAsDocumented() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let document = try APIDocument.shipped()
        try await fixture.test { client in
            _ = try await APICalls.acceptOne(client)
            for call in Self.calls {
                var headers: HTTPFields = [.authorization: APICalls.basic("director")]
                if call.body != nil { headers[.contentType] = call.contentType }
                let response = try await client.execute(
                    uri: call.uri, method: call.method, headers: headers, body: call.body.map { ByteBuffer(string: $0) }
                )
                let label = "\(call.method.rawValue) \(call.uri)"
                #expect(response.status.code < 500, "\(label): \(response.status)")
                let problems = document.check(
                    path: call.template, method: call.method.rawValue.lowercased(), status: response.status.code,
                    contentType: response.headers[.contentType] ?? "", body: response.body)
                #expect(
                    problems.isEmpty, "\(label) → \(response.status.code): \(problems) \(response.text.prefix(300))")
            }
        }
    }

    /// Refusals of the role, of sign-in and of the method are as documented too.
    @Test func refusalsAreAsDocumented() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let document = try APIDocument.shipped()
        try await fixture.test { client in
            let refusals: [(String, String, HTTPFields)] = [
                ("/api/cases", "/api/cases", [:]),
                (
                    "/api/score", "/api/score?scheme=wulong-monthly&period=2026-10",
                    [.authorization: APICalls.basic("w01-b1")]
                ),
                ("/api/cases", "/api/cases?unmask_reason=x", [.authorization: APICalls.basic("deputy")]),
            ]
            for (template, uri, headers) in refusals {
                let response = try await client.execute(uri: uri, method: .get, headers: headers)
                let problems = document.check(
                    path: template, method: "get", status: response.status.code,
                    contentType: response.headers[.contentType] ?? "", body: response.body)
                #expect(problems.isEmpty, "\(uri) → \(response.status.code): \(problems)")
            }
        }
    }
}

/// The OpenAPI document as the tests read it, with a validator of the JSON Schema it uses:
/// `type` (one or a list), `required`, `properties`, `additionalProperties`, `items`, `enum`,
/// `const`, `oneOf` and `$ref` to `#/components/...`.
struct APIDocument {
    let root: YAMLNode

    struct Operation {
        var path: String
        var method: String
    }

    static func shipped() throws -> APIDocument {
        let url = WebFixture.repository.appendingPathComponent("Sources/WebApp/Static/openapi.yaml")
        var bag = DiagnosticBag()
        let node = YAMLReader.read(try Data(contentsOf: url), file: "openapi.yaml", into: &bag)
        return APIDocument(root: try #require(node, "openapi.yaml: \(bag.diagnostics.map(\.message))"))
    }

    static let methods: Set<String> = ["get", "put", "post", "delete", "patch"]

    var operations: [Operation] {
        (root["paths"]?.pairs ?? []).flatMap { path in
            (path.value.pairs ?? []).filter { Self.methods.contains($0.key) }.map {
                Operation(path: path.key, method: $0.key.uppercased())
            }
        }
    }

    /// What is wrong with an answer: an undocumented status or content type, or a body the
    /// schema refuses (each as a JSON path and what was expected).
    func check(path: String, method: String, status: Int, contentType: String, body: ByteBuffer) -> [String] {
        guard let operation = root["paths"]?[path]?[method] else { return ["\(method) \(path) is not documented"] }
        guard var response = operation["responses"]?[String(status)] ?? operation["responses"]?["default"] else {
            return ["status \(status) is not documented"]
        }
        response = resolve(response)
        let type = contentType.split(separator: ";").first.map(String.init) ?? ""
        guard let media = response["content"]?[type] else { return ["content type \(contentType) is not documented"] }
        guard type == "application/json" else { return [] }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(body.readableBytesView)) else {
            return ["the body is not JSON"]
        }
        guard let schema = media["schema"] else { return [] }
        var problems: [String] = []
        validate(value, against: schema, at: "$", into: &problems)
        return problems
    }

    func resolve(_ node: YAMLNode) -> YAMLNode {
        guard let reference = node["$ref"]?.scalar, reference.hasPrefix("#/") else { return node }
        var target = root
        for key in reference.dropFirst(2).split(separator: "/") {
            guard let next = target[String(key)] else { return node }
            target = next
        }
        return resolve(target)
    }

    func validate(_ value: JSONValue, against schemaNode: YAMLNode, at path: String, into problems: inout [String]) {
        let schema = resolve(schemaNode)
        if let choices = schema["oneOf"]?.items {
            let matching = choices.filter { choice in
                var inner: [String] = []
                validate(value, against: choice, at: path, into: &inner)
                return inner.isEmpty
            }
            if matching.count != 1 { problems.append("\(path): matches \(matching.count) of oneOf") }
            return
        }
        if let types = schema["type"].map({ $0.items?.compactMap(\.scalar) ?? [$0.scalar ?? ""] }),
            !types.contains(where: { Self.value(value, is: $0) })
        {
            problems.append("\(path): expected \(types.joined(separator: "|")), got \(value.typeName)")
            return
        }
        if let options = schema["enum"]?.items?.compactMap(\.scalar), let text = Self.text(value),
            !options.contains(text)
        {
            problems.append("\(path): \(text) is not one of \(options)")
        }
        if let constant = schema["const"]?.scalar, Self.text(value) != constant {
            problems.append("\(path): expected \(constant)")
        }
        switch value {
        case .object(let object):
            for key in schema["required"]?.items?.compactMap(\.scalar) ?? [] where object[key] == nil {
                problems.append("\(path): missing required key \(key)")
            }
            for (key, item) in object {
                if let property = schema["properties"]?[key] {
                    validate(item, against: property, at: "\(path).\(key)", into: &problems)
                } else if let additional = schema["additionalProperties"] {
                    if additional.bool == false {
                        problems.append("\(path): unexpected key \(key)")
                    } else if additional.pairs != nil {
                        validate(item, against: additional, at: "\(path).\(key)", into: &problems)
                    }
                }
            }
        case .array(let array):
            guard let items = schema["items"] else { return }
            for (index, item) in array.enumerated() {
                validate(item, against: items, at: "\(path)[\(index)]", into: &problems)
            }
        default:
            break
        }
    }

    static func value(_ value: JSONValue, is type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .integer), ("number", .integer), ("number", .number),
            ("string", .string), ("array", .array), ("object", .object):
            true
        default:
            false
        }
    }

    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .integer(let number): String(number)
        case .bool(let flag): String(flag)
        default: nil
        }
    }
}
