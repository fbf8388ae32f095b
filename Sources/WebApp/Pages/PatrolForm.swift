import Assessment
import Catalog
import Store

/// The form that records a patrol round on `/patrols`: what was typed (kept when refused), the
/// choices it offers (hall staff, windows 1..13, the active scheme's event items by Chinese
/// name) and why a field was refused, next to that field. Stored properties only.
struct PatrolForm {
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }

    struct Row {
        /// 1-based, as the ledger's messages count findings (第 N 条发现).
        var number: Int
        var windows: [Option]
        var items: [Option]
        var staff: [Option]
        var note: String
        var serious: Bool
        var error: String?
    }

    /// Rows the form offers; more findings go in a second round.
    static let rowCount = 5

    var at: String
    var atError: String?
    var patrollers: [Option]
    var patrollersError: String?
    var windows: [Option]
    var windowsError: String?
    var rows: [Row]
    /// A refusal that belongs to no one field.
    var failure: String?

    /// What was posted, as typed.
    struct Posted {
        var at: String
        var patrollers: [String]
        var windows: [String]
        var findings: [(window: String, item: String, staff: String, note: String, serious: Bool)]
    }

    /// An empty form: now as the time, the signed-in user as the patroller when on the staff list.
    init(catalog: Catalog, scheme: Scheme?, now: CivilDateTime, user: String) {
        let patroller = catalog.hall?.staffMember(user) != nil ? [user] : []
        self.init(
            catalog: catalog, scheme: scheme,
            posted: Posted(at: Self.text(now), patrollers: patroller, windows: [], findings: []))
    }

    /// The form as posted; blank finding rows are dropped and the filled ones come first, so that
    /// row N is the ledger's 第 N 条发现.
    init(catalog: Catalog, scheme: Scheme?, posted: Posted) {
        at = posted.at
        let staff = catalog.hall?.staff ?? []
        patrollers = staff.map {
            Option(value: $0.id, label: $0.name, selected: posted.patrollers.contains($0.id))
        }
        let numbers = catalog.windows.map(\.number).sorted()
        windows = numbers.map {
            Option(value: String($0), label: "\($0)号", selected: posted.windows.contains(String($0)))
        }
        let items = Self.itemNames(scheme)
        rows = (0..<max(Self.rowCount, posted.findings.count)).map { index in
            let finding = index < posted.findings.count ? posted.findings[index] : nil
            return Row(
                number: index + 1,
                windows: numbers.map {
                    Option(value: String($0), label: "\($0)号窗口", selected: finding?.window == String($0))
                },
                items: items.map { Option(value: $0, label: $0, selected: finding?.item == $0) },
                staff: staff.filter { !$0.windows.isEmpty }.map {
                    Option(value: $0.id, label: $0.name, selected: finding?.staff == $0.id)
                }, note: finding?.note ?? "", serious: finding?.serious ?? false, error: nil)
        }
    }

    /// The Chinese names of the items a finding may name, in the scheme's order.
    static func itemNames(_ scheme: Scheme?) -> [String] {
        guard let scheme else { return [] }
        let events = scheme.eventItemIDs
        var names = scheme.items.filter { events.contains($0.id) }.map(\.name) + scheme.demeritItems.map(\.name)
        var seen: Set<String> = []
        names = names.filter { seen.insert($0).inserted }
        return names
    }

    /// `2026-10-12T09:00`, as a `datetime-local` field shows it.
    static func text(_ time: CivilDateTime) -> String { String(time.description.prefix(16)) }
}

extension PatrolForm.Posted {
    /// The fields of the posted form: `at`, `patroller` and `window` (repeated), and per row
    /// `finding.N.window|item|staff|note|serious`; rows without window and item are blank.
    init(_ form: FormFields) {
        at = form.value("at") ?? ""
        patrollers = form.values("patroller")
        windows = form.values("window")
        findings = (1...PatrolForm.rowCount).compactMap { number in
            let field = { (name: String) in form.value("finding.\(number).\(name)") ?? "" }
            let (window, item) = (field("window"), field("item"))
            guard !window.isEmpty || !item.isEmpty else { return nil }
            return (window, item, field("staff"), field("note"), form.value("finding.\(number).serious") != nil)
        }
    }
}
