import Assessment
import Catalog
import Store

/// Patrol rounds as `patrols list|unanswered --format json` gives them and as the pages show
/// them: every property stored (templates read stored properties only), notes masked.
public struct PatrolList: Encodable, Sendable {
    public struct Answer: Encodable, Sendable {
        public var text: String
        public var by: String
        public var at: String
    }

    public struct Finding: Encodable, Sendable {
        public var id: Int64
        /// The assessment event it became.
        public var event: Int64
        public var window: Int
        public var windowName: String
        public var staff: String?
        public var item: String
        public var itemName: String
        public var note: String?
        public var answer: Answer?
        public var answered: Bool
        /// Whether its event is marked serious (情节严重).
        public var serious: Bool
    }

    public struct Round: Encodable, Sendable {
        public var id: Int64
        public var at: String
        public var patrollers: [String]
        public var windows: [Int]
        public var scheme: String
        public var recordedBy: String
        public var findings: [Finding]
        /// For pages: the patrollers and windows as one line each.
        public var patrollersText: String
        public var windowsText: String

        enum CodingKeys: String, CodingKey { case id, at, patrollers, windows, scheme, recordedBy, findings }
    }

    public var patrols: [Round]

    init(rounds: [PatrolRound], mask: PersonalDataMask, schemes: [Scheme], catalog: Catalog) {
        // Item ids repeat across schemes with different names: name each by the round's scheme.
        var names: [String: [String: String]] = [:]
        for scheme in schemes {
            let pairs =
                scheme.items.map { ($0.id, $0.name) } + scheme.bonusLevels.map { ($0.id, $0.name) }
                + scheme.demeritItems.map { ($0.id, $0.name) }
            names[scheme.id] = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        }
        patrols = rounds.map { round in
            let schemeNames = names[round.patrol.scheme] ?? [:]
            let findings = round.findings.map { entry in
                let finding = entry.finding
                return Finding(
                    id: finding.id ?? 0, event: finding.eventId, window: finding.windowNumber,
                    windowName: catalog.windows.first { $0.number == finding.windowNumber }?.name
                        ?? "\(finding.windowNumber)号窗口",
                    staff: finding.staff.isEmpty ? nil : finding.staff, item: finding.item,
                    itemName: schemeNames[finding.item] ?? finding.item, note: mask.text(finding.note),
                    answer: entry.answer.map {
                        Answer(text: mask.text($0.answer), by: $0.answeredBy, at: $0.answeredAt)
                    }, answered: entry.answer != nil, serious: entry.serious)
            }
            return Round(
                id: round.patrol.id ?? 0, at: round.patrol.patrolledAt, patrollers: round.patrollers,
                windows: round.windows, scheme: round.patrol.scheme, recordedBy: round.patrol.recordedBy,
                findings: findings,
                patrollersText: round.patrollers.map { catalog.hall?.staffMember($0)?.name ?? $0 }.joined(
                    separator: "、"),
                windowsText: round.windows.map { "\($0)号" }.joined(separator: "、"))
        }
    }

    public var json: String { JSONOutput.encode(self, snakeCase: true) }

    /// One block per round, one line per finding.
    public var text: String {
        guard !patrols.isEmpty else { return "没有巡查记录\n" }
        return patrols.map { round in
            var lines = [
                "巡查 #\(round.id) \(round.at) 巡查人：\(round.patrollersText) 窗口：\(round.windowsText)（\(round.scheme)）"
            ]
            if round.findings.isEmpty { lines.append("  未发现问题") }
            for finding in round.findings {
                let staff = finding.staff.map { " \($0)" } ?? ""
                let note = (finding.note.map { "：\($0)" } ?? "") + (finding.serious ? "（情节严重）" : "")
                let answer =
                    finding.answer.map { "  已反馈（\($0.by) \($0.at)）：\($0.text)" } ?? "  未反馈"
                lines.append(
                    "  发现 #\(finding.id) \(finding.window)号窗口\(staff) \(finding.itemName)\(note)（事件 #\(finding.event)）\(answer)"
                )
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }
}
