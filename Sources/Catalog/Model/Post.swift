import Foundation

/// A post of the hall (岗位): A岗, the department's teacher at the window, or B岗, a student
/// assistant. hall.yaml describes each post (its name and hours) but the two posts are fixed by
/// the hall's rules, so one closed choice serves the catalog, the ledger, the schemes and the CLI.
public enum Post: String, Sendable, CaseIterable, Codable, CustomStringConvertible {
    case a = "A"
    case b = "B"

    public var name: String { self == .a ? "A岗（窗口负责老师）" : "B岗（学生助理）" }

    /// The id, `A` or `B`, as stored and as written in files.
    public var description: String { rawValue }

    /// `A`/`B` in either case, alone or followed by 岗 (`B岗`), as staff write it in a file or option.
    public init?(text: String) {
        let trimmed = text.trimmingSpaces
        let id = trimmed.hasSuffix("岗") ? String(trimmed.dropLast()) : trimmed
        self.init(rawValue: id.uppercased())
    }

    /// As `init?(text:)`, and also the name the hall gives the post (`B岗（学生助理）`).
    public init?(text: String, in hall: Hall?) {
        let trimmed = text.trimmingSpaces
        if let named = hall?.posts.first(where: { $0.name == trimmed }) {
            self = named.id
        } else {
            self.init(text: trimmed)
        }
    }
}
