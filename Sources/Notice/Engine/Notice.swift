import Catalog

/// The one-time notice (一次性告知单): the six items of the 一次告知 rule, plus the basis,
/// procedure, fee, window and contacts. Every entry says why it is there.
public struct Notice: Sendable {
    /// The hall's one `{id,name}` reference type.
    public typealias Named = NamedReference

    public struct WindowInfo: Sendable, Encodable {
        public var number: Int
        public var name: String
        /// When the window's A-post processes accepted cases, e.g. 15:30-17:30.
        public var processes: String?
        /// Whether the catalog marks the window's list of services assumed.
        public var assumed: Bool
    }

    public struct Referral: Sendable, Encodable {
        public var department: String
        public var office: String?
        public var phone: String?
        /// What to tell the student: the redirect's reason.
        public var reason: String
        /// The facts that made it apply, in words, e.g. 培养层次：研究生.
        public var condition: String?
        public var window: Int?
        public var service: Named?
        /// Which of `reason`, `office`, `phone` the catalog marks assumed.
        public var assumed: [String]
    }

    public struct MaterialLine: Sendable, Encodable {
        public enum Status: String, Sendable, Encodable {
            case required, provided, missing, defective, optional
            case notApplicable = "not_applicable"
            case ask
        }

        public var id: String
        public var name: String
        public var status: Status
        public var originals: Int
        public var copies: Int
        public var form: String
        public var necessity: Service.Necessity
        /// Why the material is on the list: always needed, or the condition that made it apply.
        public var reason: String
        public var note: String?
        /// How recent or valid it must be, e.g. 近六个月内.
        public var validity: String?
        public var laterDeadline: String?
        public var defect: DefectLine?
        /// Which of `originals`, `copies`, `necessity`, `note`, `validity`, `later_deadline` are assumed.
        public var assumed: [String]
    }

    public struct DefectLine: Sendable, Encodable {
        public var code: String
        public var text: String
        public var fix: String
        public var onTheSpot: Bool
    }

    public struct Question: Sendable, Encodable {
        public var fact: String
        /// The fact's short name, e.g. 培养层次.
        public var name: String
        public var prompt: String
        public var values: [String]
        public var labels: [String]
        /// What the answer decides.
        public var decides: [String]
    }

    public struct Refusal: Sendable, Encodable {
        public var reason: String
        public var basis: String
        public var code: String
        /// The requirement that was not met and the facts that showed it, in words.
        public var condition: String
        /// `acceptance` or `refusals` when the catalog marks that rule assumed.
        public var assumed: [String]
    }

    public struct TimeLimitLine: Sendable, Encodable {
        public var kind: String
        public var value: Int?
        public var accepted: String
        public var acceptanceDay: String
        public var due: String
        public var text: String
        /// Why the acceptance day differs from the submission, when it does.
        public var note: String?
        /// Whether the catalog marks the limit assumed.
        public var assumed: Bool
        /// The due date rests on a year whose arrangement is not yet published.
        public var provisional: Bool
        /// `DueDate.provisionalNote` when provisional.
        public var provisionalNote: String?
    }

    public struct StepLine: Sendable, Encodable {
        public var id: String
        public var name: String
        public var description: String?
        public var role: String
        public var department: String
        public var applicantPresent: Bool
        public var handOff: Bool
        public var separateFrom: [String]
        /// When the step applies, e.g. 适用情形：证件情况为“损坏”; `nil` when always.
        public var condition: String?
        public var reason: String
    }

    public struct FeeLine: Sendable, Encodable {
        public var name: String
        public var amount: Double
        public var basis: String?
        public var reason: String
        /// Who approves an adjustment: for staff, not printed on the student's copy.
        public var approval: [String]
        /// Which of `amount`, `name`, `basis` are assumed.
        public var assumed: [String]
    }

    public struct Fee: Sendable, Encodable {
        public var total: Double
        public var items: [FeeLine]
    }

    public struct Contact: Sendable, Encodable {
        public var department: String
        public var office: String?
        public var phone: String?
        /// Which of `office`, `phone` are assumed.
        public var assumed: [String]
    }

    /// The notice's number, printed on both copies of the form.
    public var number: String
    /// Accepted, redirected or refused: sections 一 and 六 both say this one decision.
    public var decision: AcceptanceDecision.Outcome
    public var service: Named
    public var window: WindowInfo?
    public var department: Named?
    public var hall: String
    public var institution: String
    public var inScope: Bool
    public var referral: Referral?
    public var basis: [String]
    /// The basis on the student's copy: each document once, with its clauses.
    public var basisByDocument: [String] = []
    public var materials: [MaterialLine]
    public var missing: [String]
    public var defective: [String]
    public var questions: [Question]
    /// The unknown facts whose answers could still redirect or refuse the case.
    public var factsDecidingAcceptance: Set<String> = []
    public var refusal: Refusal?
    /// `nil` unless accepted: a redirected or refused matter has no due date.
    public var timeLimit: TimeLimitLine?
    public var steps: [StepLine]
    public var visits: Int
    public var fee: Fee?
    public var greenChannel: String?
    public var online: String?
    public var contacts: [Contact]
    public var facts: [String: String]
    /// The facts in words, e.g. 学生类别：在校生, in the order of facts.yaml.
    public var factsInWords: [String]
    /// Service keys the catalog marks assumed (`time_limit`, `green_channel`, `online`, ...), sorted.
    public var assumed: [String]
    /// The submission time, e.g. 2026-09-30T10:00.
    public var submitted: String
}

extension Notice {
    /// Appended to a value the catalog marks assumed.
    public static let unconfirmed = "（待确认）"

    static func mark(_ text: String, _ assumed: Bool) -> String { assumed ? text + unconfirmed : text }
}

extension Notice.Referral {
    /// Where to go, e.g. 请到研究生院（行政楼601，电话 0731-22181403）办理.
    public var directions: String {
        let contact = [
            office.map { Notice.mark($0, assumed.contains("office")) },
            phone.map { "电话 " + Notice.mark($0, assumed.contains("phone")) },
        ].compactMap { $0 }.joined(separator: "，")
        let place = contact.isEmpty ? "" : "（\(contact)）"
        if let service { return "请改为办理事项“\(service.name)”\(place)" }
        return "请到\(department)\(place)办理"
    }

    /// The reason with the facts that made it apply, e.g. 研究生学生证由研究生院补办（培养层次：研究生）.
    public var explanation: String {
        Notice.mark(reason, assumed.contains("reason")) + (condition.map { "（\($0)）" } ?? "")
    }
}
