import ArgumentParser
import Catalog
import Foundation
import Store

/// `--catalog`, `--db`, `--by` and `--unmask`: what every command on the database needs.
struct DatabaseOptions: ParsableArguments {
    @OptionGroup var catalog: CatalogOptions

    @Option(name: .long, help: "数据库文件（默认取 $ONESTOP_DB，未设置时为 onestop.sqlite）。")
    var db: String?

    @Option(name: .long, help: "经办人：工作人员名单（hall.yaml 的 staff）中的编号或名称（默认：$ONESTOP_STAFF，再次为 $USER）。")
    var by: String?

    @Option(
        name: .long,
        help: ArgumentHelp("完整显示学号、姓名和身份证号（限有权查看的岗位），须写明原因，连同经办人记入审计。", valueName: "原因"))
    var unmask: String?

    var actor: String { Self.actor(by) }

    /// Who is named as having done it: `--by`, else `$ONESTOP_STAFF` (a terminal set up for one
    /// member of staff), else the logged-in user; the ledger refuses a name not on the staff list.
    static func actor(_ by: String?) -> String {
        let environment = ProcessInfo.processInfo.environment
        return by ?? environment["ONESTOP_STAFF"] ?? environment["USER"] ?? ""
    }

    func ledger() throws -> Ledger {
        try Self.ledger(catalog: try catalog.load(), path: AppDatabase.defaultPath(option: db))
    }

    /// Opens the database at `path` as the ledger of `catalog`, printing why when it cannot.
    static func ledger(catalog: Catalog, path: String) throws -> Ledger {
        let database: AppDatabase
        do {
            database = try AppDatabase(path: path)
        } catch {
            throw CommandError("无法打开数据库 \(path)：\(error)", code: .databaseFailed, details: ErrorDetails(file: path))
        }
        return try Ledger(database: database, catalog: catalog, clock: hallClock(catalog))
    }

    /// The hall's clock (the machine's time in the hall's zone, whatever `TZ` says), or
    /// `$ONESTOP_NOW` (`YYYY-MM-DDTHH:MM`, the hall's local time) for tests and rehearsals on a
    /// copy of the ledger: every default "now" of the CLI reads it, and no operation may be dated
    /// after it.
    static func hallClock(_ catalog: Catalog) -> HallClock {
        rehearsalClock ?? catalog.clock
    }

    /// `$ONESTOP_NOW` as a fixed clock, or nil for the hall's own (`serve` passes it to the hall).
    static var rehearsalClock: HallClock? {
        ProcessInfo.processInfo.environment["ONESTOP_NOW"].flatMap { CivilDateTime($0) }.map(HallClock.fixed)
    }

    /// Runs a ledger operation; its refusal reaches `OneStop.main`, which prints it by its code.
    /// Messages carry no personal values (a student number is masked where it is named), so
    /// nothing searches them.
    func attempt<T>(_ body: () throws(LedgerError) -> T) throws(LedgerError) -> T {
        try body()
    }

}

/// The database options and `--format text|json`, shared by the ledger commands.
struct LedgerOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "text 或 json。")
    var format: TextOrJSON = .text

    var catalog: CatalogOptions { database.catalog }
    var unmask: String? { database.unmask }
    var actor: String { database.actor }

    func ledger() throws -> Ledger { try database.ledger() }

    func attempt<T>(_ body: () throws(LedgerError) -> T) throws(LedgerError) -> T { try database.attempt(body) }
}

/// `--at YYYY-MM-DDTHH:MM`, defaulting to now; a bare day is refused (see `Ledger.operationTime`).
struct AtOption: ParsableArguments {
    @Option(
        name: .long, help: "操作时间，YYYY-MM-DDTHH:MM（默认：大厅时区的当前时间；只写日期不被接受）。",
        transform: AtOption.operationTime)
    var at: CivilDateTime?

    /// The time given, or now on the ledger's (the hall's) clock.
    func time(_ ledger: Ledger) -> CivilDateTime { at ?? ledger.clock.now() }

    /// Parsed as the ledger reads operation times, so the refusal says what is wrong.
    static func operationTime(_ text: String) throws -> CivilDateTime {
        do {
            return try Ledger.operationTime(text)
        } catch {
            throw ValidationError(error.message)
        }
    }
}
