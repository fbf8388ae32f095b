import Catalog
import Store

/// A follow-up the hall promises to close in time: a first-question referral (反馈学生), a
/// complaint (答复), a repair (修复). Each says how it is listed and what a change to it did.
public protocol FollowUp: Encodable, Sendable {
    var id: Int64? { get }
    /// The view that shows it, for the disclosure record.
    static var view: Disclosure.View { get }
    /// The record with personal data as `mask` allows.
    func masked(_ mask: PersonalDataMask) -> Self
    /// One line in a list.
    var line: String { get }
    /// The sentence after it is recorded.
    var addedMessage: String { get }
    /// The sentence after it is closed (answered, repaired).
    var closedMessage: String { get }
}

extension ReferralRecord: FollowUp {
    public static var view: Disclosure.View { .referrals }
    public func masked(_ mask: PersonalDataMask) -> Self { mask.referral(self) }
    public var line: String {
        "#\(id ?? 0)  \(question)  → \(sentTo)  期限 \(due)\(CaseChange.provisionalMark(dueProvisional))  "
            + (answeredAt.map { "已反馈 \($0)" } ?? "未反馈")
    }
    public var addedMessage: String {
        "已记录首问转办 #\(id ?? 0)，应于 \(due) 前反馈学生" + CaseChange.provisionalMark(dueProvisional)
    }
    public var closedMessage: String { "首问转办 #\(id ?? 0) 已反馈" }
}

extension ComplaintRecord: FollowUp {
    public static var view: Disclosure.View { .complaints }
    public func masked(_ mask: PersonalDataMask) -> Self { mask.complaint(self) }
    public var line: String {
        "#\(id ?? 0)  \(about)  期限 \(due)\(CaseChange.provisionalMark(dueProvisional))  "
            + (answeredAt.map { "已答复 \($0)" } ?? "未答复")
    }
    public var addedMessage: String { "已登记投诉 #\(id ?? 0)，应于 \(due) 前答复" + CaseChange.provisionalMark(dueProvisional) }
    public var closedMessage: String { "投诉 #\(id ?? 0) 已答复" }
}

extension RepairRecord: FollowUp {
    public static var view: Disclosure.View { .repairs }
    public func masked(_ mask: PersonalDataMask) -> Self { mask.repair(self) }
    public var line: String {
        "#\(id ?? 0)  \(location)  \(description)  期限 \(due)  " + (doneAt.map { "已修复 \($0)" } ?? "未修复")
    }
    public var addedMessage: String { "已登记报修 #\(id ?? 0)，应于 \(due) 前修复" }
    public var closedMessage: String { "报修 #\(id ?? 0) 已修复" }
}

/// A follow-up after a change: the sentence (text, which shows no personal data, so needs no
/// mask) or the record as JSON, personal data as the mask allows.
public struct FollowUpChange<Record: FollowUp>: Sendable {
    public enum Kind: Sendable, Hashable { case added, closed }

    public let record: Record
    public let kind: Kind

    public init(_ record: Record, _ kind: Kind) {
        self.record = record
        self.kind = kind
    }

    public var text: String { (kind == .added ? record.addedMessage : record.closedMessage) + "\n" }

    public func json(_ mask: PersonalDataMask) -> String { JSONOutput.encode(record.masked(mask), snakeCase: true) }
}

/// Listed follow-ups, personal data as the mask allows, as lines and as JSON (an array).
public struct FollowUpList<Record: FollowUp>: Sendable {
    public let records: [Record]

    public init(_ records: [Record], mask: PersonalDataMask) {
        self.records = records.map { $0.masked(mask) }
    }

    public var text: String { records.isEmpty ? "没有记录\n" : records.map(\.line).joined(separator: "\n") + "\n" }

    public var json: String { JSONOutput.encode(records, snakeCase: true) }
}
