import Store

/// An overdue referral, complaint or repair.
public struct FollowUpView: Encodable, Sendable {
    var kind: OverdueReport.Item.Kind
    var id: Int64
    var window: Int?
    var subject: String
    var due: String
    var completed: String?
    var overdueWorkingDays: Int?
    var overdueHours: Int?
    var overdueDays: [String]

    public init(_ item: OverdueReport.Item, mask: PersonalDataMask) {
        kind = item.kind
        id = item.id
        window = item.window
        subject = mask.text(item.subject)
        due = item.due
        completed = item.completed
        overdueWorkingDays = item.overdueWorkingDays
        overdueHours = item.overdueHours
        overdueDays = item.overdueDays.map(\.description)
    }

    public var line: String {
        let name = kind.chinese
        let late = overdueHours.map { "逾期 \($0) 小时" } ?? "逾期 \(overdueWorkingDays ?? 0) 个工作日"
        return "\(name) #\(id)  \(subject)  期限 \(due)  \(late)"
    }
}
