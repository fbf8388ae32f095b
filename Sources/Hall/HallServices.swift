import Assessment
import Catalog
import Store

/// The hall as a front end opens it once and shares across requests: the catalog, the rules
/// and the ledger, loaded strictly (errors refuse to open), and every operation on them.
/// `reloaded()` reads the catalog and rules again after an edit, on the same database.
public struct HallServices: Sendable {
    /// Where the hall's files are, kept so that they can be read again.
    public struct Location: Sendable, Hashable {
        public var catalogFolder: String
        public var rulesFolder: String
        public var databasePath: String

        public init(catalogFolder: String = "catalog", rulesFolder: String = "rules", databasePath: String) {
            self.catalogFolder = catalogFolder
            self.rulesFolder = rulesFolder
            self.databasePath = databasePath
        }
    }

    public let location: Location
    public let source: CatalogSource
    public let rules: SchemeLoader.Result
    public let ledger: Ledger
    /// Routing with its index, built once per catalog (again on `reloaded()`).
    public let routing: QuestionRouting
    /// The notice engine with its working calendar, built once per catalog too.
    public let notice: NoticeIssuing

    public var catalog: Catalog { ledger.catalog }

    /// Opens the hall at `location`, with the hall's clock (the machine's time in the hall's
    /// time zone) unless given another.
    public static func open(_ location: Location, clock: HallClock? = nil) throws(HallOpeningFailure)
        -> HallServices
    {
        let database: AppDatabase
        do {
            database = try AppDatabase(path: location.databasePath)
        } catch {
            throw .database(path: location.databasePath, reason: "\(error)")
        }
        return try open(location, database: database, clock: clock)
    }

    static func open(_ location: Location, database: AppDatabase, clock: HallClock?) throws(HallOpeningFailure)
        -> HallServices
    {
        let source: CatalogSource
        do {
            source = try CatalogSource.directory(location.catalogFolder)
        } catch {
            throw .missingCatalogFolder(location.catalogFolder)
        }
        let loaded = CatalogLoader.load(source)
        let catalogErrors = loaded.diagnostics.sorted.filter { $0.severity == .error }
        guard catalogErrors.isEmpty else { throw .catalog(catalogErrors) }
        let rules = SchemeLoader.load(folder: location.rulesFolder)
        let rulesErrors = rules.diagnostics.sorted.filter { $0.severity == .error }
        guard rulesErrors.isEmpty else { throw .rules(rulesErrors) }
        do {
            let ledger = try Ledger(database: database, catalog: loaded.catalog, clock: clock)
            return HallServices(
                location: location, source: source, rules: rules, ledger: ledger,
                routing: QuestionRouting(catalog: loaded.catalog),
                notice: NoticeIssuing(catalog: loaded.catalog, clock: ledger.clock))
        } catch {
            throw .ledger(error)
        }
    }

    /// The catalog and rules as they are on disk now, on the same database and clock; the
    /// hall as it was stays valid for requests still using it.
    public func reloaded() throws(HallOpeningFailure) -> HallServices {
        try Self.open(location, database: ledger.database, clock: ledger.clock)
    }

    /// The check of the files as opened; a hall opened without a rules folder checks the catalog alone.
    public var check: CatalogCheck { CatalogCheck(catalog: source, rules: .usual(location.rulesFolder)) }
    public var due: DueReckoning { DueReckoning(calendar: ledger.calendar) }
    public var overdue: OverdueReporting { OverdueReporting(ledger: ledger) }
    public var caseImport: CaseImporting { CaseImporting(ledger: ledger) }
    public var caseList: CaseListing { CaseListing(ledger: ledger) }
    public var caseQueue: CaseQueueing { CaseQueueing(ledger: ledger) }
    public var caseDetail: CaseShowing { CaseShowing(ledger: ledger) }
    public var scoring: PeriodScoring {
        PeriodScoring(ledger: ledger, rules: rules, catalogFingerprint: source.fingerprint)
    }
    public var desk: CaseDesk { CaseDesk(ledger: ledger) }
    public var events: EventRecording { EventRecording(ledger: ledger, schemes: rules.schemes) }
    public var personalData: PersonalDataAccess { PersonalDataAccess(ledger: ledger) }
    public var followUps: FollowUpDesk { FollowUpDesk(ledger: ledger) }
    public var feeAdjusting: FeeAdjusting { FeeAdjusting(ledger: ledger) }
    public var patrols: PatrolDesk { PatrolDesk(ledger: ledger, schemes: rules.schemes) }
    public var quality: QualityReporting { QualityReporting(ledger: ledger) }
    public var routeLog: RouteLogging { RouteLogging(ledger: ledger, routing: routing) }
    public var sunshine: SunshineDesk {
        SunshineDesk(ledger: ledger, rules: rules, catalogFingerprint: source.fingerprint)
    }
}

/// Why the hall could not be opened, with what to mend.
public enum HallOpeningFailure: Error, Sendable {
    case missingCatalogFolder(String)
    case catalog([Diagnostic])
    case rules([Diagnostic])
    case database(path: String, reason: String)
    case ledger(LedgerError)

    /// For staff: what is wrong and what to do.
    public var message: String {
        switch self {
        case .missingCatalogFolder(let path): "找不到服务目录文件夹 \(path)；请指定服务目录所在的文件夹"
        case .catalog(let errors): "服务目录有 \(errors.count) 处错误，请先检查并修正目录：\n" + Self.lines(errors)
        case .rules(let errors): "考核方案有 \(errors.count) 处错误，请先检查并修正考核规则：\n" + Self.lines(errors)
        case .database(let path, let reason): "无法打开数据库 \(path)：\(reason)"
        case .ledger(let error): error.message
        }
    }

    private static func lines(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(\.formatted).joined(separator: "\n")
    }
}

extension HallOpeningFailure {
    /// The stable code a front end reports it by.
    public var errorCode: ErrorCode {
        switch self {
        case .missingCatalogFolder: .catalogFolderMissing
        case .catalog, .rules: .catalogInvalid
        case .database: .databaseFailed
        case .ledger(let error): error.errorCode
        }
    }
}
