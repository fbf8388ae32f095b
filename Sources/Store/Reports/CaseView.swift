import Catalog

/// A case as shown to staff (`--format json`), with personal data masked unless disclosed.
public struct CaseView: Encodable, Sendable {
    var id: Int64
    var service: NamedReference
    var window: WindowReference

    public var windowNumber: Int { window.number }
    public var serviceName: String { service.name }
    /// The student number as shown (masked unless allowed).
    public var studentText: String { student }
    var student: String
    var studentName: String?
    var submitted: String
    var accepted: String
    var due: String
    /// The due date rests on a year whose arrangement is not yet published.
    var dueProvisional: Bool
    var dueNote: String?
    var status: String
    var statusText: String
    var pausedAt: String?
    var completed: String?
    var refusal: String?
    var refusedAt: String?
    var post: Post
    var channel: String
    var greenChannel: Bool
    var limit: String
    var onCorrection: Service.OnCorrection
    var overdueWorkingDays: Int?
    var overdueHours: Int?
    /// Each overdue working day, when the case is shown in an overdue report.
    var overdueDays: [String]?

    public init(_ record: CaseRecord, catalog: Catalog, mask: PersonalDataMask, overdue: OverdueReport.Item? = nil) {
        let service = catalog.service(record.serviceId)
        id = record.id ?? 0
        self.service = NamedReference(id: record.serviceId, name: service?.name ?? record.serviceId)
        window = WindowReference(number: record.windowNumber, in: catalog)
        student = mask.studentNumber(record.studentNumber)
        studentName = mask.name(record.studentName)
        submitted = record.submittedAt
        accepted = record.acceptedOn
        due = record.due
        dueProvisional = record.dueProvisional
        dueNote = record.dueProvisional ? DueDate.provisionalNote : nil
        status = record.status.rawValue
        statusText = record.status.chinese
        pausedAt = record.pausedAt
        // Only a completed case shows a completion time, whatever an old row holds.
        completed = record.status == .completed ? record.completedAt : nil
        refusedAt = record.status == .refused ? record.refusedAt : nil
        refusal = record.refusalCode.flatMap { code in service?.refusals.first { $0.code == code }?.text ?? code }
        post = record.post
        channel = record.channel
        greenChannel = record.greenChannel
        limit = TimeLimit(kind: record.limitKind, value: record.limitValue)?.chinese ?? record.limitKind.rawValue
        onCorrection = record.onCorrection
        overdueWorkingDays = overdue?.overdueWorkingDays
        overdueHours = overdue?.overdueHours
        overdueDays = overdue.flatMap { $0.overdueHours == nil ? $0.overdueDays.map(\.description) : nil }
    }

    enum Keys: String, CodingKey {
        case id, service, window, student, studentName, submitted, accepted, due, dueProvisional, dueNote, status,
            statusText, pausedAt
        case completed, refusal, refusedAt, post, channel, greenChannel, limit, onCorrection, overdueWorkingDays,
            overdueHours
        case overdueDays
    }

    /// Absent values are written as `null`, so every case has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(id, forKey: .id)
        try container.encode(service, forKey: .service)
        try container.encode(window, forKey: .window)
        try container.encode(student, forKey: .student)
        try container.encode(studentName, forKey: .studentName)
        try container.encode(submitted, forKey: .submitted)
        try container.encode(accepted, forKey: .accepted)
        try container.encode(due, forKey: .due)
        try container.encode(dueProvisional, forKey: .dueProvisional)
        try container.encode(dueNote, forKey: .dueNote)
        try container.encode(status, forKey: .status)
        try container.encode(statusText, forKey: .statusText)
        try container.encode(pausedAt, forKey: .pausedAt)
        try container.encode(completed, forKey: .completed)
        try container.encode(refusal, forKey: .refusal)
        try container.encode(refusedAt, forKey: .refusedAt)
        try container.encode(post, forKey: .post)
        try container.encode(channel, forKey: .channel)
        try container.encode(greenChannel, forKey: .greenChannel)
        try container.encode(limit, forKey: .limit)
        try container.encode(onCorrection, forKey: .onCorrection)
        try container.encode(overdueWorkingDays, forKey: .overdueWorkingDays)
        try container.encode(overdueHours, forKey: .overdueHours)
        if let overdueDays { try container.encode(overdueDays, forKey: .overdueDays) }
    }

    /// One aligned line for terminals.
    public var line: String {
        var parts = [
            "#\(id)", TextWidth.pad(service.name, to: 24), "\(window.number)号窗口", student, "受理 \(accepted)",
            "期限 \(due)" + (dueNote.map { "（\($0)）" } ?? ""), statusText,
        ]
        if let completed { parts.append("办结 \(completed)") }
        if let refusedAt { parts.append("决定 \(refusedAt)") }
        if let days = overdueWorkingDays { parts.append("逾期 \(days) 个工作日") }
        if let hours = overdueHours { parts.append("逾期 \(hours) 小时") }
        if greenChannel { parts.append("绿色通道") }
        return parts.joined(separator: "  ")
    }
}
