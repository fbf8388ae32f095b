/// What a clerk may name by id, Chinese name, alias or a unique part of a name. Each kind has
/// its Chinese noun and its stable codes, `unknown-<kind>` and `ambiguous-<kind>`.
public enum NameKind: String, Sendable, CaseIterable {
    case service
    case material
    case defect
    case fact
    case factValue = "fact-value"
    case window
    case scheme
    case item

    /// The noun window staff read: 没有找到事项“…”.
    public var noun: String {
        switch self {
        case .service: "事项"
        case .material: "材料"
        case .defect: "缺陷"
        case .fact: "情况"
        case .factValue: "取值"
        case .window: "窗口"
        case .scheme: "考核方案"
        case .item: "考核项目"
        }
    }

    /// The code of a name that matches nothing, e.g. `unknown-service`.
    public var unknownCode: String { "unknown-\(rawValue)" }

    /// The code of a name that matches several, e.g. `ambiguous-service`.
    public var ambiguousCode: String { "ambiguous-\(rawValue)" }
}
