import Catalog

/// The one-time notice (一次性告知单): the six items of the 一次告知 rule, plus the basis,
/// procedure, fee, window and contacts. Every entry says why it is there.
public struct Notice: Sendable {
    public struct Named: Sendable, Encodable {
        public var id: String
        public var name: String
    }

    public struct WindowInfo: Sendable, Encodable {
        public var number: Int
        public var name: String
        /// When the window's A-post processes accepted cases, e.g. 15:30-17:30.
        public var processes: String?
    }

    public struct Referral: Sendable, Encodable {
        public var department: String
        public var office: String?
        public var phone: String?
        /// What to tell the student and why (the redirect's reason and condition).
        public var reason: String
        public var window: Int?
        public var service: Named?
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
        public var necessity: String
        /// Why the material is on the list: always needed, or the condition that made it apply.
        public var reason: String
        public var note: String?
        public var laterDeadline: String?
        public var defect: DefectLine?
    }

    public struct DefectLine: Sendable, Encodable {
        public var code: String
        public var text: String
        public var fix: String
        public var onTheSpot: Bool
    }

    public struct Question: Sendable, Encodable {
        public var fact: String
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
        public var condition: String
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
        public var reason: String
    }

    public struct FeeLine: Sendable, Encodable {
        public var name: String
        public var amount: Double
        public var basis: String?
        public var reason: String
        public var approval: [String]
    }

    public struct Fee: Sendable, Encodable {
        public var total: Double
        public var items: [FeeLine]
    }

    public struct Contact: Sendable, Encodable {
        public var department: String
        public var office: String?
        public var phone: String?
    }

    public var service: Named
    public var window: WindowInfo?
    public var department: Named?
    public var hall: String
    public var institution: String
    public var inScope: Bool
    public var referral: Referral?
    public var basis: [String]
    public var materials: [MaterialLine]
    public var missing: [String]
    public var defective: [String]
    public var questions: [Question]
    public var refusal: Refusal?
    public var timeLimit: TimeLimitLine
    public var steps: [StepLine]
    public var visits: Int
    public var fee: Fee?
    public var greenChannel: String?
    public var online: String?
    public var contacts: [Contact]
    public var facts: [String: String]
    /// The facts in words, e.g. 学生类别：在校生, in the order of facts.yaml.
    public var factsInWords: [String]
}
