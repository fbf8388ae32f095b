import Catalog
import Hall
import Store

/// `POST /api/cases`: the body of an acceptance, the same fields as `cases accept`'s options.
enum APIAcceptance {
    static let fields: Set<String> = [
        "service", "window", "student", "student_name", "post", "channel", "green_channel", "facts", "materials",
    ]

    static func request(_ body: APIJSONBody, at: CivilDateTime, by actor: String) throws(WebError) -> AcceptRequest {
        guard let window = try body.integer("window", required: true), window >= 1 else {
            throw .badRequestBody("字段 window 应为窗口号（正整数）")
        }
        var post = Post.b
        if let text = try body.string("post") {
            guard let chosen = Post(rawValue: text) else { throw .badRequestBody("字段 post 应为 A 或 B") }
            post = chosen
        }
        return AcceptRequest(
            service: try body.string("service", required: true) ?? "", window: window,
            studentNumber: try body.string("student", required: true) ?? "",
            studentName: try body.string("student_name").flatMap { $0.isEmpty ? nil : $0 },
            facts: try body.stringMap("facts"), materials: try body.stringMap("materials"), post: post,
            channel: try body.string("channel") ?? "", greenChannel: try body.bool("green_channel") ?? false,
            at: at, by: actor)
    }
}

/// `POST /api/cases/{n}/transitions`: `{"action": …}` with the action's own field (a pause's
/// `reason`, a refusal's `reason` code, a transfer's `window`, a step's `step`).
enum APITransition {
    static let fields: Set<String> = ["action", "reason", "window", "step"]

    enum Parsed {
        case transition(CaseDesk.Transition)
        case step(String)
    }

    static func parse(_ body: APIJSONBody) throws(WebError) -> Parsed {
        let action = try body.string("action", required: true) ?? ""
        let allowed: Set<String>
        let parsed: Parsed
        switch action {
        case "pause":
            allowed = ["reason"]
            parsed = .transition(.pause(reason: try body.string("reason").flatMap { $0.isEmpty ? nil : $0 }))
        case "resume":
            allowed = []
            parsed = .transition(.resume)
        case "complete":
            allowed = []
            parsed = .transition(.complete)
        case "refuse":
            allowed = ["reason"]
            parsed = .transition(.refuse(reason: try body.string("reason", required: true) ?? ""))
        case "transfer":
            allowed = ["window"]
            guard let window = try body.integer("window", required: true), window >= 1 else {
                throw .badRequestBody("字段 window 应为窗口号（正整数）")
            }
            parsed = .transition(.transfer(window: window))
        case "step":
            allowed = ["step"]
            parsed = .step(try body.string("step", required: true) ?? "")
        default:
            throw .badRequestBody("字段 action 应为 pause、resume、complete、refuse、transfer 或 step")
        }
        let extra = body.fields.keys.filter { $0 != "action" && !allowed.contains($0) }.sorted()
        guard extra.isEmpty else {
            throw .badRequestBody("操作 \(action) 不接受字段 \(extra.joined(separator: ", "))")
        }
        return parsed
    }
}
