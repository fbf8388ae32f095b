import Assessment
import Catalog
import Hall

/// What `/status` shows: the catalog and rules being served (their fingerprints), their
/// diagnostics as `onestop check` gives them, the assumed values still to confirm, the
/// calendar's years, and what the last reload found. Only stored properties (reflection).
struct StatusPage {
    struct Assumed {
        var subject: String
        var value: String
        var reason: String
        var location: String
    }

    struct CalendarYear {
        var year: Int
        var provisional: Bool
    }

    struct Reload {
        var at: String
        var succeeded: Bool
        var message: String?
        var diagnostics: [String]
    }

    struct SchemeLine {
        var id: String
        var name: String
    }

    var catalogFingerprint: String
    var rulesFingerprint: String
    var catalogFiles: Int
    var services: Int
    var windows: Int
    var schemes: [SchemeLine]
    var errors: Int
    var warnings: Int
    var notes: Int
    /// Errors and warnings, one per line (`file:line:column: severity: message [code]`).
    var problems: [String]
    var assumed: [Assumed]
    var calendarName: String
    var coveredYears: String
    /// This year and the next, and whether each is worked out from the law alone.
    var years: [CalendarYear]
    var lastReload: Reload?
    /// A reload just refused: its diagnostics, the previous catalog still serving.
    var refused: Reload?
    var isDirector: Bool

    init(hall: HallServices, report: CheckReport, lastReload: HallHolder.ReloadOutcome?, isDirector: Bool) {
        let catalog = hall.catalog
        catalogFingerprint = hall.source.fingerprint
        rulesFingerprint = hall.rules.fingerprint
        catalogFiles = catalog.files.count
        services = catalog.services.count
        windows = catalog.windows.count
        schemes = hall.rules.schemes.map { SchemeLine(id: $0.id, name: $0.name) }
        errors = report.count(.error)
        warnings = report.count(.warning)
        notes = report.count(.note)
        problems = report.diagnostics.filter { $0.severity != .note }.map(\.formatted)
        assumed = (catalog.assumedValues + hall.rules.assumedValues).map {
            Assumed(subject: $0.subject, value: $0.value, reason: $0.reason, location: $0.location.description)
        }
        let calendar = hall.ledger.calendar
        calendarName = catalog.calendars.first { $0.id == calendar.id }.map { "\($0.name)（\($0.id)）" } ?? calendar.id
        coveredYears = calendar.coveredYears.map(String.init).joined(separator: "、")
        let thisYear = hall.ledger.clock.now().date.year
        years = [thisYear, thisYear + 1].map { CalendarYear(year: $0, provisional: calendar.isProvisional($0)) }
        self.lastReload = lastReload.map(Self.reload)
        self.isDirector = isDirector
    }

    static func reload(_ outcome: HallHolder.ReloadOutcome) -> Reload {
        guard let failure = outcome.failure else {
            return Reload(at: outcome.at.description, succeeded: true, message: nil, diagnostics: [])
        }
        let diagnostics: [Diagnostic]
        switch failure {
        case .catalog(let found), .rules(let found): diagnostics = found
        default: diagnostics = []
        }
        // The message lists the diagnostics too; its first line is the sentence.
        let sentence = failure.message.split(separator: "\n").first.map(String.init) ?? failure.message
        return Reload(
            at: outcome.at.description, succeeded: false, message: sentence, diagnostics: diagnostics.map(\.formatted))
    }
}
