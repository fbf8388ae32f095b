import Catalog

/// Who gives an opinion on a window for 阳光窗口 besides the students' votes.
public enum SunshineSource: String, Sendable, Codable, CaseIterable {
    case teachers, hall

    public var chinese: String {
        switch self {
        case .teachers: "负责老师意见"
        case .hall: "大厅意见"
        }
    }
}

/// A period's 阳光窗口 standing: every window's votes (counts only, never who voted), its vote
/// points, the teachers' and the hall's opinions, the weighted total and the winners, with
/// what went into each number. Pure: computed from counts and opinions by `SunshineRule`.
public struct SunshineStanding: Sendable, Codable {
    /// The opinion in force for a window and source: the latest entered.
    public struct Opinion: Sendable, Codable, Equatable {
        public var score: Double
        public var note: String?
        public var enteredBy: String
        public var enteredAt: String

        public init(score: Double, note: String?, enteredBy: String, enteredAt: String) {
            self.score = score
            self.note = note
            self.enteredBy = enteredBy
            self.enteredAt = enteredAt
        }
    }

    public struct Row: Sendable, Codable {
        public var window: WindowReference
        public var votes: Int
        /// 100 × votes / the most votes any window had (0 when nobody voted).
        public var votePoints: Double
        public var teachers: Opinion?
        public var hall: Opinion?
        /// The weighted total; nil while an opinion is not yet entered (待录入).
        public var total: Double?
        /// The place among windows with a total (ties share it); nil while incomplete.
        public var rank: Int?
        public var tied: Bool
        public var winner: Bool

        public func opinion(_ source: SunshineSource) -> Opinion? {
            source == .teachers ? teachers : hall
        }
    }

    public var name: String
    public var clause: String
    public var period: String
    public var weights: SunshineRule.Weights
    public var winners: Int
    public var minimumVotes: Int
    public var totalVotes: Int
    public var mostVotes: Int
    /// Rows in standing order: ranked windows first, then those still incomplete by number.
    public var rows: [Row]
    public var notes: [String]
    /// The rule's values still to be confirmed (`assumed:` keys).
    public var assumed: [String]

    public init(
        rule: SunshineRule, period: String, windows: [WindowReference], votes: [Int: Int],
        opinions: [Int: [SunshineSource: Opinion]]
    ) {
        name = rule.name
        clause = rule.clause
        self.period = period
        weights = rule.weights
        winners = rule.winners
        minimumVotes = rule.minimumVotes
        assumed = rule.assumed.marked(["weights", "winners", "minimum_votes"])
        totalVotes = windows.reduce(0) { $0 + (votes[$1.number] ?? 0) }
        mostVotes = windows.map { votes[$0.number] ?? 0 }.max() ?? 0
        let most = mostVotes
        var rows = windows.sorted { $0.number < $1.number }.map { window in
            let count = votes[window.number] ?? 0
            let points = most == 0 ? 0 : Self.rounded(100 * Double(count) / Double(most))
            let teachers = opinions[window.number]?[.teachers]
            let hall = opinions[window.number]?[.hall]
            var total: Double?
            if let teachers, let hall {
                total = Self.rounded(
                    (points * rule.weights.votes + teachers.score * rule.weights.teachers + hall.score
                        * rule.weights.hall) / 100)
            }
            return Row(
                window: window, votes: count, votePoints: points, teachers: teachers, hall: hall, total: total,
                rank: nil, tied: false, winner: false)
        }
        let totals = rows.compactMap(\.total)
        let enoughVotes = totalVotes >= rule.minimumVotes
        for index in rows.indices {
            guard let total = rows[index].total else { continue }
            let rank = 1 + totals.filter { $0 > total }.count
            rows[index].rank = rank
            rows[index].tied = totals.filter { $0 == total }.count > 1
            rows[index].winner = enoughVotes && rank <= rule.winners
        }
        self.rows = rows.sorted { left, right in
            switch (left.rank, right.rank) {
            case (let l?, let r?): (l, left.window.number) < (r, right.window.number)
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): left.window.number < right.window.number
            }
        }
        var notes: [String] = []
        if !enoughVotes {
            notes.append("本期共 \(totalVotes) 票，少于评选所需的 \(rule.minimumVotes) 票，不评出\(rule.name)")
        }
        let incomplete = rows.filter { $0.total == nil }
        if !incomplete.isEmpty {
            notes.append(
                "\(incomplete.map { "\($0.window.number)号" }.joined(separator: "、")) 的负责老师或大厅意见待录入，暂不参与排名")
        }
        self.notes = notes
    }

    /// Two decimals: the standing is read by people, and equal shown totals share a place.
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    public var winnerRows: [Row] { rows.filter(\.winner) }
}
